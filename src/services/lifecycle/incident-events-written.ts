// The incident events a transaction wrote, kept beside it until its end (followEvents), so every verb and worker
// that commits them also publishes them, however deep in the pipeline an automation or a timer wrote them.
import type { Transaction } from 'kysely';
import type { IncidentEvent } from '../../core/incidents/incident.js';
import type { Tables } from '../../store/tables.js';

// Keyed by the transaction object: one retried on PostgreSQL, or a savepoint of SQLite's group commit, is another.
const written = new WeakMap<Transaction<Tables>, IncidentEvent[]>();

export function noteIncidentEvents(trx: Transaction<Tables>, events: readonly IncidentEvent[]): void {
  const list = written.get(trx);
  if (list === undefined) {
    written.set(trx, [...events]);
  } else {
    list.push(...events);
  }
}

/** The incident events written in `trx` so far, forgotten once taken. */
export function takeIncidentEvents(trx: Transaction<Tables>): IncidentEvent[] {
  const list = written.get(trx) ?? [];
  written.delete(trx);
  return list;
}
