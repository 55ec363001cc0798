// The Chatwoot channel: what Handoff decides about a conversation it evaluated as Chatwoot's agent bot goes back to it.
// Escalated: the conversation opened to people, assigned to the team (and agent) of the playbook's mapping, and a
// private note with the handoff brief; comments as messages (internal ones as private notes); resolved as resolved.
// One attempt per send: the deliveries worker retries. Messages written are recorded, so their webhook coming back
// is not taken as an agent's reply.
import type { HandoffBrief } from '../../../core/brief/handoff-brief.js';
import { chatwootCaseId } from '../../../core/deliveries/plan-deliveries.js';
import type { ChatwootAccount } from '../../../core/playbook/integrations-schema.js';
import { isHandoffError } from '../../../errors.js';
import { insertHelpdeskReceipt } from '../../../store/queries/helpdesk-receipts.js';
import { selectEscalationRow } from '../../../store/queries/select-escalation-row.js';
import { decodeJson } from '../../../store/json.js';
import type { Channel, ChannelContext, OutboxMessage, SendResult } from '../channel.js';
import {
  callOrFail,
  HelpdeskCallFailed,
  type HelpdeskHttp,
  makeHelpdeskHttp,
  makeSerializer,
} from './helpdesk-http.js';

const fail = (error: string, permanent = false): SendResult => ({ ok: false, error, permanent });

/** The brief as a private note: the text people read first in the conversation. */
export function chatwootNote(brief: Partial<HandoffBrief>, escalationId: string, publicUrl: string): string {
  const text = typeof brief.text === 'string' && brief.text !== '' ? brief.text : 'No brief was recorded.';
  return `Handoff escalation ${escalationId}\n\n${text}\n\n${publicUrl}/escalations/${encodeURIComponent(escalationId)}`;
}

export function makeChatwootChannel(): Channel {
  const http: HelpdeskHttp = makeHelpdeskHttp();
  const serialize = makeSerializer();

  async function send(
    message: OutboxMessage,
    context: ChannelContext,
    account: ChatwootAccount,
    token: string,
  ) {
    const escalationId = message.escalationId;
    if (escalationId === null) {
      return fail('Chatwoot hears only of escalations', true);
    }
    const row = await selectEscalationRow(context.store.db, escalationId);
    const prefix = chatwootCaseId(account.id, '');
    if (!row.case_id.startsWith(prefix)) {
      return fail(
        `escalation ${escalationId} is not a conversation of Chatwoot integration "${account.id}"`,
        true,
      );
    }
    const conversation = row.case_id.slice(prefix.length);
    const base = `${account.url.replace(/\/+$/, '')}/api/v1/accounts/${account.account_id}/conversations/${encodeURIComponent(conversation)}`;
    const call = (what: string, path: string, body: unknown) =>
      callOrFail(
        http,
        what,
        'POST',
        new URL(`${base}${path}`),
        {
          headers: { api_access_token: token },
          body,
          allowPrivate: account.allow_private === true,
          signal: context.signal,
        },
        context.clock(),
      );
    const post = async (content: string, isPrivate: boolean) => {
      const answer = await call('posting a message', '/messages', {
        content,
        message_type: 'outgoing',
        private: isPrivate,
      });
      const id = (answer.body as { id?: unknown } | null)?.id;
      if (typeof id === 'number' || typeof id === 'string') {
        await insertHelpdeskReceipt(
          context.store.db,
          { integration: account.id, key: `message:${id}`, escalationId },
          context.clock(),
        );
      }
    };
    const assign = async () => {
      const team = account.teams?.[row.team];
      const agent = row.assignee === null ? undefined : account.people?.[row.assignee];
      if (team !== undefined || agent !== undefined) {
        await call('assigning the conversation', '/assignments', {
          ...(agent === undefined ? {} : { assignee_id: agent }),
          ...(team === undefined ? {} : { team_id: team }),
        });
      }
    };
    const { event } = message.payload;
    switch (event.type) {
      case 'created': {
        // Idempotent steps first: a retry after a lost answer repeats them harmlessly; the note is written last.
        await call('opening the conversation', '/toggle_status', { status: 'open' });
        await assign();
        await post(
          chatwootNote(decodeJson(row.brief) as Partial<HandoffBrief>, escalationId, context.publicUrl),
          true,
        );
        break;
      }
      case 'assigned':
        await assign();
        break;
      case 'commented': {
        const body = event.data['body'];
        if (typeof body === 'string' && body !== '') {
          await post(body, event.data['visibility'] !== 'public');
        }
        break;
      }
      case 'resolved':
        await call('resolving the conversation', '/toggle_status', { status: 'resolved' });
        break;
      default:
        break;
    }
    return { ok: true as const, status: 200 };
  }

  return {
    kind: 'chatwoot',
    async send(message, context) {
      const account = context.runtime.playbook.integrations?.chatwoot?.find(
        (item) => item.id === message.endpoint,
      );
      if (account === undefined) {
        return fail(`no Chatwoot integration "${message.endpoint}" in the active playbook`, true);
      }
      const token = context.env[account.token_env];
      if (token === undefined || token === '') {
        return fail(
          `the variable ${account.token_env} (token_env of Chatwoot integration "${account.id}") is not set`,
        );
      }
      try {
        return await serialize(`${account.id}\u0000${message.escalationId ?? ''}`, () =>
          send(message, context, account, token),
        );
      } catch (error) {
        if (error instanceof HelpdeskCallFailed) {
          return error.result;
        }
        if (isHandoffError(error) && error.code === 'not_found') {
          return fail(error.message, true);
        }
        return fail(error instanceof Error ? error.message : String(error));
      }
    },
    close() {
      http.close();
      return Promise.resolve();
    },
  };
}
