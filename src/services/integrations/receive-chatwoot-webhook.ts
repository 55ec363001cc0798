// A Chatwoot webhook call (its agent bot, or an account webhook pointed at the same URL). Chatwoot does not sign agent
// bot calls: the secret token in the URL is the credential, checked before anything is read. A customer's message is
// evaluated as a turn of the conversation's case (or relayed to the escalation already open); an agent's reply or
// note becomes a comment, a resolved conversation a resolved escalation. Handoff's own messages coming back, bot
// messages and duplicate calls change nothing.
import { z } from 'zod';
import type { Actor, Context } from '../../context.js';
import { chatwootCaseId, helpdeskActor } from '../../core/deliveries/plan-deliveries.js';
import type { ChatwootAccount } from '../../core/playbook/integrations-schema.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { HandoffError } from '../../errors.js';
import { insertHelpdeskLinkIfAbsent } from '../../store/queries/helpdesk-links.js';
import { hasHelpdeskReceipt, insertHelpdeskReceipt } from '../../store/queries/helpdesk-receipts.js';
import { commentOnEscalation } from '../escalations/comment-on-escalation.js';
import { evaluateCase } from '../escalations/evaluate-case.js';
import { resolveEscalation } from '../escalations/resolve-escalation.js';
import {
  helpdeskActorOf,
  type HelpdeskReceipt,
  openLinkedEscalation,
  personOf,
  requiredSecret,
  sameSecret,
  unlessSettled,
} from './helpdesk-inbound.js';

export interface ReceiveChatwootWebhookInput {
  integration: string;
  /** The `token` of the URL Chatwoot calls. */
  token: string | undefined;
  body: unknown;
  env: Readonly<Record<string, string | undefined>>;
}

const ChatwootId = z.union([z.number().int(), z.string().regex(/^\d{1,18}$/)]).transform(String);

const MessageCreated = z.looseObject({
  event: z.literal('message_created'),
  id: ChatwootId,
  content: z.string().max(50_000).nullish(),
  // Agent bots get the names; some payloads carry Chatwoot's numbers (0 incoming, 1 outgoing, 2 activity, 3 template).
  message_type: z.union([z.enum(['incoming', 'outgoing', 'activity', 'template']), z.number().int()]),
  private: z.boolean().nullish(),
  sender: z.looseObject({ id: ChatwootId.nullish(), type: z.string().max(50).nullish() }).nullish(),
  conversation: z.looseObject({
    id: ChatwootId,
    meta: z
      .looseObject({
        sender: z
          .looseObject({
            identifier: z.string().max(200).nullish(),
            email: z.string().max(320).nullish(),
            name: z.string().max(500).nullish(),
          })
          .nullish(),
      })
      .nullish(),
  }),
});

const StatusChanged = z.looseObject({
  event: z.enum(['conversation_status_changed', 'conversation_resolved']),
  id: ChatwootId,
  status: z.string().max(50),
});

const typeNames = ['incoming', 'outgoing', 'activity', 'template'] as const;

const ignored = (why: string, escalationId: string | null = null): HelpdeskReceipt => ({
  action: 'ignored',
  escalationId,
  why,
});

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new HandoffError('bad_request', `${path || 'body'}: ${issue?.message ?? 'not a Chatwoot event'}`, {
      path: path || 'body',
    });
  }
  return parsed.data;
}

async function onMessage(
  ctx: Context,
  runtime: PlaybookRuntime,
  account: ChatwootAccount,
  message: z.infer<typeof MessageCreated>,
): Promise<HelpdeskReceipt> {
  const db = ctx.store.db;
  const receipt = `message:${message.id}`;
  // Handoff's own messages (and calls Chatwoot repeats) come back with an id already taken.
  if (await hasHelpdeskReceipt(db, account.id, receipt)) {
    return { action: 'duplicate', escalationId: null };
  }
  const type =
    typeof message.message_type === 'number' ? typeNames[message.message_type] : message.message_type;
  const senderType = message.sender?.type ?? '';
  const text = (message.content ?? '').replaceAll('\u0000', '').trim();
  const conversation = message.conversation.id;
  const linked = await openLinkedEscalation(ctx, runtime, account.id, conversation);
  const remember = (escalationId: string | null) =>
    insertHelpdeskReceipt(db, { integration: account.id, key: receipt, escalationId }, ctx.clock());
  if (text === '') {
    return ignored('no text in the message', linked);
  }
  if (type === 'incoming' && senderType === 'contact' && message.private !== true) {
    if (linked !== null) {
      await commentOnEscalation({
        ctx: { ...ctx, actor: helpdeskActorOf(account.id, null) },
        id: linked,
        input: { body: text, author: 'customer' },
      });
      await remember(linked);
      return { action: 'customer_replied', escalationId: linked };
    }
    const contact = message.conversation.meta?.sender;
    const customerId = contact?.identifier ?? (message.sender?.id == null ? undefined : message.sender.id);
    // The bot asks as an agent would; its evaluations and escalations are its own (opened_by).
    const bot: Actor = {
      kind: 'agent',
      keyId: helpdeskActor(account.id),
      name: helpdeskActor(account.id),
      personId: null,
    };
    const result = await evaluateCase({
      ctx: { ...ctx, actor: bot },
      input: {
        case: {
          id: chatwootCaseId(account.id, conversation),
          turn: Number(message.id),
          channel: 'chat',
          customer: {
            ...(customerId === undefined ? {} : { id: customerId }),
            ...(contact?.email == null ? {} : { email: contact.email }),
            ...(contact?.name == null ? {} : { name: contact.name }),
          },
          conversation: [{ role: 'customer', text }],
        },
      },
    });
    const escalationId = result.escalation?.id ?? null;
    if (escalationId !== null) {
      await insertHelpdeskLinkIfAbsent(
        db,
        { integration: account.id, escalationId, externalId: conversation },
        ctx.clock(),
      );
    }
    await remember(escalationId);
    return { action: 'evaluated', escalationId };
  }
  // Bot messages (Handoff's or another bot's), activity lines and templates are not anyone's words.
  if (type !== 'outgoing' || senderType !== 'user') {
    return ignored(`a ${type ?? 'message'} message from ${senderType || 'nobody'}`, linked);
  }
  if (linked === null) {
    return ignored('no open escalation for this conversation');
  }
  const person = personOf(account.people, message.sender?.id);
  await commentOnEscalation({
    ctx: { ...ctx, actor: helpdeskActorOf(account.id, person) },
    id: linked,
    input: { body: text, visibility: message.private === true ? 'internal' : 'public' },
  });
  await remember(linked);
  return { action: 'commented', escalationId: linked };
}

/** Takes one Chatwoot call: refused (401) with nothing written unless the URL's token is the playbook's secret. */
export async function receiveChatwootWebhook({
  ctx,
  input,
}: {
  ctx: Context;
  input: ReceiveChatwootWebhookInput;
}): Promise<HelpdeskReceipt> {
  const runtime = await ctx.playbook();
  const account = runtime.playbook.integrations?.chatwoot?.find((item) => item.id === input.integration);
  if (account === undefined) {
    throw new HandoffError('not_found', `no Chatwoot integration "${input.integration}"`, {
      path: 'integration',
    });
  }
  const secret = requiredSecret(input.env, account.webhook_token_env, 'token');
  if (input.token === undefined || !sameSecret(input.token, secret)) {
    ctx.logger.warn({ integration: account.id }, 'a Chatwoot call without the right token was refused');
    throw new HandoffError('unauthorized', 'the token in the URL is missing or wrong', { path: 'token' });
  }
  const event = (input.body as { event?: unknown } | null)?.event;
  if (event === 'message_created') {
    return onMessage(ctx, runtime, account, parse(MessageCreated, input.body));
  }
  if (event === 'conversation_status_changed' || event === 'conversation_resolved') {
    const changed = parse(StatusChanged, input.body);
    const linked = await openLinkedEscalation(ctx, runtime, account.id, changed.id);
    if (changed.status !== 'resolved' || linked === null) {
      return ignored(
        linked === null ? 'no open escalation for this conversation' : `status ${changed.status}`,
        linked,
      );
    }
    const done = await unlessSettled(() =>
      resolveEscalation({
        ctx: { ...ctx, actor: helpdeskActorOf(account.id, null) },
        id: linked,
        input: { note: 'resolved in Chatwoot' },
      }),
    );
    return done === 'done'
      ? { action: 'resolved', escalationId: linked }
      : ignored('already finished', linked);
  }
  return ignored(`event ${typeof event === 'string' ? event.slice(0, 100) : 'without a name'}`);
}
