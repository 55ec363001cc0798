// A Zendesk webhook call (event subscriptions: ticket comment added, ticket status changed), signed by Zendesk:
// X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(secret, timestamp + raw body)) with the timestamp sent as
// X-Zendesk-Webhook-Signature-Timestamp. Checked over the raw bytes, in constant time, within five minutes of now,
// before anything is read. An agent's comment becomes a comment by the person mapped to them, the requester's a
// customer reply, a solved ticket a resolved escalation; duplicates and Handoff's own comments change nothing.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Context } from '../../context.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import type { ZendeskInstance } from '../../core/playbook/integrations-schema.js';
import { HandoffError } from '../../errors.js';
import { hasHelpdeskReceipt, insertHelpdeskReceipt } from '../../store/queries/helpdesk-receipts.js';
import { commentOnEscalation } from '../escalations/comment-on-escalation.js';
import { resolveEscalation } from '../escalations/resolve-escalation.js';
import {
  helpdeskActorOf,
  type HelpdeskReceipt,
  openLinkedEscalation,
  personOf,
  requiredSecret,
  unlessSettled,
} from './helpdesk-inbound.js';

/** How far a call's timestamp may be from now, either way: a captured call cannot be replayed later. */
export const zendeskSignatureToleranceMs = 5 * 60_000;

export interface ReceiveZendeskWebhookInput {
  integration: string;
  rawBody: string;
  signature: string | undefined;
  timestamp: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

/** base64(HMAC-SHA256(secret, timestamp + body)), as Zendesk signs. */
export const zendeskSignature = (secret: string, timestamp: string, body: string): string =>
  createHmac('sha256', secret)
    .update(timestamp + body)
    .digest('base64');

/** Whether a call was signed with `secret` within the tolerance of `now` (epoch ms). */
export function checkZendeskSignature(
  input: Pick<ReceiveZendeskWebhookInput, 'rawBody' | 'signature' | 'timestamp'>,
  secret: string,
  now: number,
): 'valid' | 'stale' | 'forged' {
  const { timestamp, signature } = input;
  if (timestamp === undefined || timestamp.length > 40) {
    return 'stale';
  }
  // Zendesk sends an ISO 8601 time; plain epoch seconds are taken too.
  const at = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) * 1000 : Date.parse(timestamp);
  if (Number.isNaN(at) || Math.abs(now - at) > zendeskSignatureToleranceMs) {
    return 'stale';
  }
  if (signature === undefined || !/^[A-Za-z0-9+/]{43}=$/.test(signature)) {
    return 'forged';
  }
  const expected = Buffer.from(zendeskSignature(secret, timestamp, input.rawBody), 'base64');
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'forged';
}

const ZendeskId = z.union([z.number().int(), z.string().regex(/^\d{1,18}$/)]).transform(String);

const ZendeskEvent = z.looseObject({
  id: z.string().min(1).max(200),
  type: z.string().max(200),
  detail: z.looseObject({ id: ZendeskId }),
  event: z
    .looseObject({
      current: z.string().max(50).nullish(),
      comment: z
        .looseObject({
          id: ZendeskId,
          body: z.string().max(1_000_000).nullish(),
          is_public: z.boolean().nullish(),
          author: z.looseObject({ id: ZendeskId.nullish(), is_staff: z.boolean().nullish() }).nullish(),
        })
        .nullish(),
    })
    .nullish(),
});
type ZendeskEvent = z.infer<typeof ZendeskEvent>;

const ignored = (why: string, escalationId: string | null = null): HelpdeskReceipt => ({
  action: 'ignored',
  escalationId,
  why,
});

function parseEvent(rawBody: string): ZendeskEvent {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch (error) {
    throw new HandoffError('bad_request', 'the body is not JSON', { path: 'body', cause: error });
  }
  const parsed = ZendeskEvent.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || 'body';
    throw new HandoffError('bad_request', `${path}: ${issue?.message ?? 'not a Zendesk event'}`, { path });
  }
  return parsed.data;
}

async function act(
  ctx: Context,
  runtime: PlaybookRuntime,
  instance: ZendeskInstance,
  event: ZendeskEvent,
): Promise<HelpdeskReceipt> {
  const linked = await openLinkedEscalation(ctx, runtime, instance.id, event.detail.id);
  if (linked === null) {
    return ignored('no open escalation for this ticket');
  }
  if (event.type === 'zen:event-type:ticket.comment_added') {
    const comment = event.event?.comment;
    const body = (comment?.body ?? '').replaceAll('\u0000', '').trim().slice(0, 50_000);
    if (comment == null || body === '') {
      return ignored('no comment text', linked);
    }
    // Handoff's own comments come back too: their ids were recorded when they were written.
    if (await hasHelpdeskReceipt(ctx.store.db, instance.id, `comment:${comment.id}`)) {
      return ignored("Handoff's own comment", linked);
    }
    if (comment.author?.is_staff === true) {
      await commentOnEscalation({
        ctx: { ...ctx, actor: helpdeskActorOf(instance.id, personOf(instance.people, comment.author.id)) },
        id: linked,
        input: { body, visibility: comment.is_public === true ? 'public' : 'internal' },
      });
      return { action: 'commented', escalationId: linked };
    }
    await commentOnEscalation({
      ctx: { ...ctx, actor: helpdeskActorOf(instance.id, null) },
      id: linked,
      input: { body, author: 'customer' },
    });
    return { action: 'customer_replied', escalationId: linked };
  }
  if (event.type === 'zen:event-type:ticket.status_changed') {
    const status = (event.event?.current ?? '').toLowerCase();
    if (status !== 'solved' && status !== 'closed') {
      return ignored(`status ${status || 'unknown'}`, linked);
    }
    const done = await unlessSettled(() =>
      resolveEscalation({
        ctx: { ...ctx, actor: helpdeskActorOf(instance.id, null) },
        id: linked,
        input: { note: `${status} in Zendesk` },
      }),
    );
    return done === 'done'
      ? { action: 'resolved', escalationId: linked }
      : ignored('already finished', linked);
  }
  return ignored(`event ${event.type}`, linked);
}

/** Takes one Zendesk call: refused (401) with nothing written unless its signature is valid and fresh. */
export async function receiveZendeskWebhook({
  ctx,
  input,
}: {
  ctx: Context;
  input: ReceiveZendeskWebhookInput;
}): Promise<HelpdeskReceipt> {
  const runtime = await ctx.playbook();
  const instance = runtime.playbook.integrations?.zendesk?.find((item) => item.id === input.integration);
  if (instance === undefined) {
    throw new HandoffError('not_found', `no Zendesk integration "${input.integration}"`, {
      path: 'integration',
    });
  }
  const secret = requiredSecret(input.env, instance.signing_secret_env, 'x-zendesk-webhook-signature');
  const check = checkZendeskSignature(input, secret, ctx.clock());
  if (check !== 'valid') {
    ctx.logger.warn({ integration: instance.id, check }, 'a Zendesk call was refused');
    throw new HandoffError(
      'unauthorized',
      check === 'stale'
        ? 'the signature timestamp is missing or more than 5 minutes from now'
        : 'the signature does not match the body',
      {
        path: check === 'stale' ? 'x-zendesk-webhook-signature-timestamp' : 'x-zendesk-webhook-signature',
      },
    );
  }
  const event = parseEvent(input.rawBody);
  const receipt = `event:${event.id}`;
  if (await hasHelpdeskReceipt(ctx.store.db, instance.id, receipt)) {
    return { action: 'duplicate', escalationId: null };
  }
  const result = await act(ctx, runtime, instance, event);
  await insertHelpdeskReceipt(
    ctx.store.db,
    { integration: instance.id, key: receipt, escalationId: result.escalationId },
    ctx.clock(),
  );
  return result;
}
