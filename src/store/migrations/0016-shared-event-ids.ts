// Incident events take their ids from the same counter as escalation events: one id space, so one Last-Event-ID
// resumes the live stream over both timelines in the order they were written (docs/adr/0005-one-stream-id-space.md).
// The incident events written before move above every escalation event, in their order, and so do the outbox
// rows they owe (an incident's outbox rows are those without an escalation).
import { type Kysely, type Migration, sql } from 'kysely';
import type { SchemaTypes } from './schema-types.js';

export function sharedEventIds({ shareSerialKey }: SchemaTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`UPDATE outbox SET event_id = event_id + (SELECT coalesce(max(id), 0) FROM events) WHERE escalation_id IS NULL`.execute(
        db,
      );
      await shareSerialKey(db, 'events', 'incident_events');
    },
  };
}
