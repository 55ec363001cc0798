// E-mail suites' fixtures: a playbook with two senders (English with a reply domain, Turkish without), people and
// teams with and without addresses, and a channel context on a test store.
import pino from 'pino';
import { makePlaybookRuntime, type PlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import type { DeliveryPayload } from '../src/core/deliveries/plan-deliveries.js';
import type { ChannelContext, OutboxMessage } from '../src/runtime/deliveries/channel.js';
import { playbookYaml } from './playbook-fixtures.js';
import type { Store } from '../src/store/database.js';

/** Wednesday 18 November 2026, 12:00 UTC. */
export const t0 = Date.UTC(2026, 10, 18, 12, 0, 0);

export const emailYaml = playbookYaml({
  name: 'mail',
  teams: `  - { id: desk, name: Desk, assignment: manual, email: desk@example.com }
  - { id: quiet, name: Quiet, assignment: manual }
`,
  people: `  - { id: ana, name: Ana Yılmaz, teams: [desk], email: Ana@Example.com }
  - { id: ben, name: Ben, teams: [desk] }
  - { id: ece, name: Ece, teams: [quiet], email: ece@example.com }
`,
  priorities: ['normal', 'high'],
  rest: `integrations:
  email:
    - id: mail
      from: "Handoff <handoff@example.com>"
      reply_domain: reply.example.com
      customer_replies: true
    - id: posta
      from: "Handoff <destek@example.com.tr>"
      locale: tr
`,
});

export const emailRuntime: PlaybookRuntime = makePlaybookRuntime(1, parsePlaybook(emailYaml));

export const silent = pino({ level: 'silent' });

/** A channel context on `store`, sending through `smtpUrl`. */
export const channelContext = (store: Store, smtpUrl: string, now = t0): ChannelContext => ({
  runtime: emailRuntime,
  env: { HANDOFF_SMTP_URL: smtpUrl },
  store,
  clock: () => now,
  logger: silent,
  publicUrl: 'https://handoff.example.com',
  signal: new AbortController().signal,
});

let sequence = 0;

/** An outbox message as the worker hands it to a channel. */
export function outboxMessage(fields: {
  id?: string;
  endpoint?: string;
  recipient: string | null;
  escalationId: string | null;
  reason: string;
  data?: Record<string, unknown>;
  message?: string;
}): OutboxMessage {
  sequence += 1;
  const payload: DeliveryPayload = {
    reason: fields.reason,
    event: {
      id: sequence,
      type: 'assigned',
      actor: 'handoff',
      at: new Date(t0).toISOString(),
      data: fields.data ?? {},
    },
    ...(fields.message === undefined ? {} : { message: fields.message }),
  };
  return {
    id: fields.id ?? `01OUTBOX${String(sequence).padStart(18, '0')}`,
    channel: 'email',
    endpoint: fields.endpoint ?? 'mail',
    recipient: fields.recipient,
    escalationId: fields.escalationId,
    payload,
    attempt: 1,
    createdAt: t0,
  };
}
