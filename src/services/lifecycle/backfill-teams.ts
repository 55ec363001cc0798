// Never a general queue: escalations a team owns with nobody assigned go to the next person who can take them, oldest first.
import type { Transaction } from 'kysely';
import type { Actor } from '../../context.js';
import { isHandoffError } from '../../errors.js';
import { selectWaitingEscalations } from '../../store/queries/select-waiting-escalations.js';
import type { Tables } from '../../store/tables.js';
import { writeChange } from './write-change.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import { lockPeopleOf, openStatuses, pickAssignee } from './pick-assignee.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';

/** How many waiting escalations one backfill looks at per team; the next change picks up the rest. */
const batch = 50;

/**
 * Assigns waiting escalations of the teams while someone can take them. Runs inside the caller's
 * transaction (the one that freed capacity or made someone available), so the move is atomic with it.
 * A row changed meanwhile by another node is skipped by its version guard, not overwritten.
 */
export async function backfillTeams(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: Actor,
  teams: Iterable<string>,
  now: number,
): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  const statuses = openStatuses(runtime).filter((status) => status !== 'pending_approval');
  // Teams in one order and every member locked first (PostgreSQL), as openings lock: no circle of waits.
  const ordered = [...new Set(teams)].sort();
  await lockPeopleOf(trx, runtime, ordered);
  for (const team of ordered) {
    if (runtime.teams.get(team)?.assignment === 'manual') {
      continue;
    }
    const waiting = await selectWaitingEscalations(trx, team, statuses, batch);
    for (const row of waiting) {
      const choice = await pickAssignee(trx, runtime, { team, tier: row.tier, skills: [] }, now);
      if (choice.personId === null) {
        break;
      }
      const status =
        row.status === runtime.workflow.initial && runtime.workflow.statuses.includes('assigned')
          ? 'assigned'
          : row.status;
      const data = { team, assignee: choice.personId, why: `${choice.why} (backfill)` };
      try {
        // The same way every change is written: its event, the automations and ladders that react, the SLA clocks.
        const applied = await writeChange(
          trx,
          runtime,
          actor,
          row,
          {
            patch: { assignee: choice.personId, assigned_at: now, status },
            events: [{ type: 'assigned', data }],
          },
          now,
        );
        events.push(...applied.events);
      } catch (error) {
        // Changed meanwhile by another node: its version guard skips it rather than overwrite.
        if (isHandoffError(error) && error.code === 'conflict') {
          continue;
        }
        throw error;
      }
    }
  }
  return events;
}
