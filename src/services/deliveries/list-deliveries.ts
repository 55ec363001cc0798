// Deliveries newest first, filtered by status, channel, endpoint or escalation, with an opaque cursor (admins).
import { z } from 'zod';
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { selectDeliveryPage } from '../../store/queries/select-deliveries.js';
import { assertScope } from '../authorize.js';
import { parseInput } from '../parse-input.js';
import { type Delivery, toDelivery } from './delivery-view.js';

export const deliveryStatuses = ['pending', 'delivered', 'dead'] as const;
export const channelKinds = ['webhook', 'slack', 'email', 'chatwoot', 'zendesk'] as const;

export const ListDeliveriesInput = z.strictObject({
  status: z.enum(deliveryStatuses).optional(),
  channel: z.enum(channelKinds).optional(),
  endpoint: z.string().min(1).max(100).optional(),
  escalation: z.string().min(1).max(100).optional().describe('an escalation id'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
});

const cursorPattern = /^[0-9A-Za-z_-]{1,100}$/;

export async function listDeliveries({
  ctx,
  input,
}: {
  ctx: Context;
  input: unknown;
}): Promise<{ items: Delivery[]; nextCursor: string | null }> {
  assertScope(ctx.actor, ['admin']);
  const filters = parseInput(ListDeliveriesInput, input ?? {});
  let before: string | undefined;
  if (filters.cursor !== undefined) {
    before = Buffer.from(filters.cursor, 'base64url').toString('utf8');
    if (!cursorPattern.test(before)) {
      throw new HandoffError('bad_request', 'cursor is not one this API gave', { path: 'cursor' });
    }
  }
  const rows = await selectDeliveryPage(ctx.store.db, {
    status: filters.status,
    channel: filters.channel,
    endpoint: filters.endpoint,
    escalationId: filters.escalation,
    before,
    limit: filters.limit + 1,
  });
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    items: page.map(toDelivery),
    nextCursor:
      rows.length > filters.limit && last !== undefined ? Buffer.from(last.id).toString('base64url') : null,
  };
}
