// Appends one timeline event; the timeline is append-only and every metric is computed from it.
import type { Insertable, Transaction } from 'kysely';
import { encodeJson } from '../json.js';
import type { EventsTable, Tables } from '../tables.js';
import { compileOncePerCount } from './compile-once.js';

export interface NewEvent {
  escalationId: string;
  type: string;
  actor: string | null;
  at: number;
  data: Record<string, unknown>;
}

/** Inserts the event and returns its id (increasing in insertion order). */
export async function insertEvent(trx: Transaction<Tables>, event: NewEvent): Promise<number> {
  const row = await trx
    .insertInto('events')
    .values({
      escalation_id: event.escalationId,
      type: event.type,
      actor: event.actor,
      at: event.at,
      data: encodeJson(event.data),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/**
 * Inserts several events in one statement and returns their ids in the order given. The database assigns
 * increasing ids in VALUES order; RETURNING's row order is not promised, so the ids are sorted.
 */
export async function insertEvents(trx: Transaction<Tables>, events: readonly NewEvent[]): Promise<number[]> {
  if (events.length === 0) {
    return [];
  }
  const rows = await insertEventRows(
    trx,
    events.map((event) => ({
      escalation_id: event.escalationId,
      type: event.type,
      actor: event.actor,
      at: event.at,
      data: encodeJson(event.data),
    })),
  );
  return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
}

type EventRow = Required<Omit<Insertable<EventsTable>, 'id'>>;

const insertEventRows = compileOncePerCount<EventRow, { id: number }>((db, count, param) =>
  db
    .insertInto('events')
    .values(
      Array.from({ length: count }, (_, i) => ({
        escalation_id: param('escalation_id', i),
        type: param('type', i),
        actor: param('actor', i),
        at: param('at', i),
        data: param('data', i),
      })),
    )
    .returning('id'),
);
