// The shape of every verb that changes an open incident: read, check, one guarded update with its events, the
// escalation events it caused followed, one transaction; live listeners hear both kinds of event after commit.
import type { Transaction } from 'kysely';
import type { Context } from '../../context.js';
import type { Incident } from '../../core/incidents/incident.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { HandoffError } from '../../errors.js';
import { selectIncidentLinks } from '../../store/queries/incident-links.js';
import { type IncidentRow, selectIncidentRow } from '../../store/queries/select-incident-row.js';
import type { Tables } from '../../store/tables.js';
import { followEvents } from './follow-events.js';
import { toIncident } from './incident-change.js';

export interface IncidentChangeArguments {
  ctx: Context;
  id: string;
  expectedVersion?: number | undefined;
  /** Does the change inside the transaction; returns the row as it left it and the escalation events it wrote. */
  change: (
    row: IncidentRow,
    runtime: PlaybookRuntime,
    trx: Transaction<Tables>,
  ) => Promise<{ row: IncidentRow; escalationEvents?: TimelineEvent[] }>;
}

export async function changeIncident({
  ctx,
  id,
  expectedVersion,
  change,
}: IncidentChangeArguments): Promise<Incident> {
  const runtime = await ctx.playbook();
  const now = ctx.clock();
  const { incident, events } = await ctx.store.transaction(async (trx) => {
    const current = await selectIncidentRow(trx, id);
    if (expectedVersion !== undefined && expectedVersion !== Number(current.version)) {
      throw new HandoffError(
        'conflict',
        `incident ${id} is at version ${current.version}, not ${expectedVersion}`,
        { path: 'version' },
      );
    }
    if (current.status !== 'open') {
      throw new HandoffError('conflict', `incident ${id} is resolved`, { path: 'status' });
    }
    const done = await change(current, runtime, trx);
    const written = done.escalationEvents ?? [];
    const events = await followEvents(trx, runtime, written, now);
    return { incident: toIncident(done.row, await selectIncidentLinks(trx, id)), events };
  });
  ctx.events.publish(events);
  return incident;
}
