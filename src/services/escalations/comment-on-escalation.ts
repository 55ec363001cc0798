// A public reply or an internal note. The first public reply by a person is the "first human response".
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';
import { changeEscalation, type EscalationChange } from '../lifecycle/change-escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import { CommentOnEscalationInput } from './inputs.js';

export async function commentOnEscalation({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Context;
  id: string;
  input: unknown;
  expectedVersion?: number;
}) {
  const { body, visibility, author } = parseInput(CommentOnEscalationInput, input);
  // The customer's words reach Handoff only through the AI system's key: a person or an admin writing as the
  // customer would forge a reply that resumes paused SLA clocks.
  if (author === 'customer' && ctx.actor.kind !== 'agent' && ctx.actor.kind !== 'system') {
    throw new HandoffError('forbidden', 'only an agent key relays customer messages (author "customer")', {
      path: 'author',
    });
  }
  if (ctx.actor.kind === 'agent' && author !== 'customer') {
    throw new HandoffError('forbidden', 'an agent key may only relay customer messages (author "customer")', {
      path: 'author',
    });
  }
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    access: author === 'customer' ? 'own' : 'work',
    change(row, runtime) {
      const now = ctx.clock();
      if (author === 'customer') {
        return customerReplied(row, runtime, { body });
      }
      const isFirstResponse = visibility === 'public' && row.first_response_at === null;
      return {
        patch: isFirstResponse ? { first_response_at: now } : {},
        events: [
          { type: 'commented', data: { body, visibility, author: ctx.actor.personId ?? ctx.actor.name } },
          ...(isFirstResponse
            ? [{ type: 'first_response', data: { afterMs: now - Number(row.opened_at) } }]
            : []),
        ],
      };
    },
  });
}

/** The customer wrote: the event, and a paused "waiting on customer" escalation live again. */
export function customerReplied(
  row: EscalationRow,
  runtime: PlaybookRuntime,
  data: Record<string, unknown>,
): EscalationChange {
  const resumes =
    row.status === 'waiting_on_customer' && runtime.workflow.allowedFrom(row.status).includes('in_progress');
  return {
    patch: resumes ? { status: 'in_progress' } : {},
    events: [
      { type: 'customer_replied', data },
      ...(resumes
        ? [{ type: 'status_changed', data: { from: row.status, to: 'in_progress', why: 'customer replied' } }]
        : []),
    ],
  };
}
