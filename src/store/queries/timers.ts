// Durable timers: schedule, cancel the unfired ones of an escalation, take due ones, mark one fired.
import type { Insertable, Selectable, Transaction } from 'kysely';
import { newId } from '../ids.js';
import { encodeJson } from '../json.js';
import type { Db, DialectSql } from '../store.js';
import type { Tables, TimersTable } from '../tables.js';
import { compileOncePerCount } from './compile-once.js';
import { fixedLimit } from './fixed-limit.js';

export type TimerRow = Selectable<TimersTable>;

export interface NewTimer {
  escalationId: string;
  kind: string;
  dueAt: number;
  data: Record<string, unknown>;
}

export async function scheduleTimers(trx: Transaction<Tables>, timers: readonly NewTimer[]): Promise<void> {
  if (timers.length === 0) {
    return;
  }
  await insertTimerRows(
    trx,
    timers.map((timer) => ({
      id: newId(timer.dueAt >= 0 ? Math.min(timer.dueAt, 2 ** 48 - 1) : 0),
      escalation_id: timer.escalationId,
      kind: timer.kind,
      due_at: timer.dueAt,
      data: encodeJson(timer.data),
    })),
  );
}

type TimerInsert = Pick<Insertable<TimersTable>, 'id' | 'escalation_id' | 'kind' | 'due_at' | 'data'>;

const insertTimerRows = compileOncePerCount<Required<TimerInsert>, never>((db, count, param) =>
  db.insertInto('timers').values(
    Array.from({ length: count }, (_, i) => ({
      id: param('id', i),
      escalation_id: param('escalation_id', i),
      kind: param('kind', i),
      due_at: param('due_at', i),
      data: param('data', i),
    })),
  ),
);

/** Deletes the escalation's timers that have not fired, of the given kinds (all kinds when absent). */
export async function cancelTimers(
  trx: Transaction<Tables>,
  escalationId: string,
  kinds?: readonly string[],
): Promise<void> {
  let query = trx
    .deleteFrom('timers')
    .where('escalation_id', '=', escalationId)
    .where('fired_at', 'is', null);
  if (kinds !== undefined) {
    if (kinds.length === 0) {
      return;
    }
    query = query.where('kind', 'in', kinds);
  }
  await query.execute();
}

/**
 * The oldest due, unfired timers, locked for this transaction; rows another node holds are skipped.
 * Served by the partial index on `due_at WHERE fired_at IS NULL`: the cost follows the number of
 * due timers, not of open escalations.
 */
export async function takeDueTimers(
  trx: Transaction<Tables>,
  dialect: DialectSql,
  now: number,
  limit: number,
): Promise<TimerRow[]> {
  return dialect
    .forUpdateSkipLocked(
      trx
        .selectFrom('timers')
        .selectAll()
        .where('fired_at', 'is', null)
        .where('due_at', '<=', now)
        .orderBy('due_at')
        .limit(fixedLimit(limit)),
    )
    .execute();
}

/** Marks a timer fired; false when it already was (then its effect must not be applied twice). */
export async function markTimerFired(
  trx: Transaction<Tables>,
  id: string,
  now: number,
  nodeId: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('timers')
    .set({ fired_at: now, fired_by: nodeId })
    .where('id', '=', id)
    .where('fired_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** When the next unfired timer is due, to know how long the worker may sleep. */
export async function nextDueAt(db: Db): Promise<number | null> {
  const row = await db
    .selectFrom('timers')
    .select('due_at')
    .where('fired_at', 'is', null)
    .orderBy('due_at')
    .limit(fixedLimit(1))
    .executeTakeFirst();
  return row === undefined ? null : Number(row.due_at);
}

/** After a failed effect: try again later, or give up after too many attempts (marked fired with the error). */
export async function recordTimerFailure(
  db: Db,
  id: string,
  error: string,
  retryAt: number,
  giveUp: boolean,
  now: number,
  nodeId: string,
): Promise<void> {
  await db
    .updateTable('timers')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: error.slice(0, 2_000),
      ...(giveUp ? { fired_at: now, fired_by: nodeId } : { due_at: retryAt }),
    }))
    .where('id', '=', id)
    .where('fired_at', 'is', null)
    .execute();
}
