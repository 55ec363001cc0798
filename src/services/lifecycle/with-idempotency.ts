// Runs a write once per Idempotency-Key: the answer is stored in the same transaction, so a retry gets it back.
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { decodeJson, encodeJson } from '../../store/json.js';
import { insertIdempotency, selectIdempotency } from '../../store/queries/idempotency.js';
import type { Tables } from '../../store/tables.js';
import type { StreamEvent } from '../../core/stream/stream-event.js';

const hashOf = (request: unknown): string =>
  createHash('sha256').update(JSON.stringify(request)).digest('hex');

export async function withIdempotency<T>(
  ctx: Context,
  key: string | undefined,
  request: unknown,
  write: (trx: Transaction<Tables>) => Promise<{ value: T; events: StreamEvent[] }>,
): Promise<{ value: T; events: StreamEvent[] }> {
  if (key === undefined) {
    return ctx.store.transaction(write);
  }
  const scoped = `${ctx.actor.keyId ?? 'system'}:${key}`;
  const requestHash = hashOf(request);
  const earlier = async () => {
    const row = await selectIdempotency(ctx.store.db, scoped);
    if (row === undefined) {
      return undefined;
    }
    if (row.request_hash !== requestHash) {
      throw new HandoffError('conflict', 'this Idempotency-Key was used for a different request', {
        path: 'Idempotency-Key',
      });
    }
    return { value: decodeJson(row.response) as T, events: [] };
  };
  const found = await earlier();
  if (found !== undefined) {
    return found;
  }
  try {
    return await ctx.store.transaction(async (trx) => {
      const result = await write(trx);
      await insertIdempotency(trx, {
        key: scoped,
        requestHash,
        statusCode: 201,
        response: encodeJson(result.value),
        at: ctx.clock(),
      });
      return result;
    });
  } catch (error) {
    if (ctx.store.isUniqueViolation(error)) {
      const winner = await earlier();
      if (winner !== undefined) {
        return winner;
      }
    }
    throw error;
  }
}
