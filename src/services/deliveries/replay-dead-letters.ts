// Puts the dead letters set aside in a time range back in line, optionally of one channel or endpoint (admins):
// after an outage is mended, what it swallowed goes out, each message with its own id.
import { z } from 'zod';
import type { Context } from '../../context.js';
import { requeueDeadLetters } from '../../store/queries/requeue-deliveries.js';
import { assertScope } from '../authorize.js';
import { parseInput } from '../parse-input.js';
import { channelKinds } from './list-deliveries.js';

const Instant = z.iso.datetime({ offset: true }).describe('an ISO 8601 instant such as 2026-11-20T09:00:00Z');

export const ReplayDeadLettersInput = z
  .strictObject({
    from: Instant.describe('set aside at or after this instant'),
    to: Instant.describe('set aside before this instant'),
    channel: z.enum(channelKinds).optional(),
    endpoint: z.string().min(1).max(100).optional(),
  })
  .refine((input) => Date.parse(input.from) < Date.parse(input.to), {
    message: 'from must be before to',
    path: ['from'],
  });

export async function replayDeadLetters({
  ctx,
  input,
}: {
  ctx: Context;
  input: unknown;
}): Promise<{ replayed: number }> {
  assertScope(ctx.actor, ['admin']);
  const range = parseInput(ReplayDeadLettersInput, input ?? {});
  const now = ctx.clock();
  const replayed = await ctx.store.transaction((trx) =>
    requeueDeadLetters(
      trx,
      {
        from: Date.parse(range.from),
        to: Date.parse(range.to),
        channel: range.channel,
        endpoint: range.endpoint,
      },
      now,
    ),
  );
  return { replayed };
}
