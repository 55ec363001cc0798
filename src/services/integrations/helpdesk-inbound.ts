// What the Chatwoot and Zendesk webhooks share: the secret check in constant time, the actor a helpdesk's call acts
// as, the open escalation a conversation or ticket stands for, and the person behind a helpdesk agent.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Actor, Context } from '../../context.js';
import { helpdeskActor } from '../../core/deliveries/plan-deliveries.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { HandoffError, isHandoffError } from '../../errors.js';
import { selectLinkedEscalationId } from '../../store/queries/helpdesk-links.js';
import { selectEscalationRow } from '../../store/queries/select-escalation-row.js';

/** What a helpdesk webhook call did. */
export interface HelpdeskReceipt {
  action: 'evaluated' | 'commented' | 'customer_replied' | 'resolved' | 'ignored' | 'duplicate';
  escalationId: string | null;
  /** Why nothing was done (ignored). */
  why?: string | undefined;
}

/** Whether two secrets are equal, in time that tells nothing of where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The secret a playbook names by variable, or a refusal: an unset secret accepts nobody. */
export function requiredSecret(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  path: string,
): string {
  const secret = env[name];
  if (secret === undefined || secret === '') {
    throw new HandoffError('unauthorized', `the variable ${name} is not set: no call can be verified`, {
      path,
    });
  }
  return secret;
}

/**
 * The actor of a helpdesk's call: the system, named after the integration (so what it writes is not sent back to
 * it), as the person behind the helpdesk's agent when the playbook maps one.
 */
export const helpdeskActorOf = (integration: string, personId: string | null): Actor => ({
  kind: 'system',
  keyId: null,
  name: helpdeskActor(integration),
  personId,
});

/** The person a helpdesk's agent or user id stands for, by the playbook's mapping (person → helpdesk id). */
export function personOf(mapping: Record<string, number> | undefined, externalId: unknown): string | null {
  const id = Number(externalId);
  if (mapping === undefined || !Number.isSafeInteger(id)) {
    return null;
  }
  return Object.entries(mapping).find(([, value]) => value === id)?.[0] ?? null;
}

/** The open escalation the conversation or ticket stands for, or null. */
export async function openLinkedEscalation(
  ctx: Context,
  runtime: PlaybookRuntime,
  integration: string,
  externalId: string,
): Promise<string | null> {
  const id = await selectLinkedEscalationId(ctx.store.db, integration, externalId);
  if (id === undefined) {
    return null;
  }
  try {
    const row = await selectEscalationRow(ctx.store.db, id);
    return runtime.workflow.categoryOf(row.status) === 'done' ? null : row.id;
  } catch (error) {
    if (isHandoffError(error) && error.code === 'not_found') {
      return null;
    }
    throw error;
  }
}

/** Runs a change a helpdesk asked for; one the escalation no longer allows (finished meanwhile) is ignored. */
export async function unlessSettled(change: () => Promise<unknown>): Promise<'done' | 'settled'> {
  try {
    await change();
    return 'done';
  } catch (error) {
    if (isHandoffError(error) && (error.code === 'conflict' || error.code === 'invalid_transition')) {
      return 'settled';
    }
    throw error;
  }
}
