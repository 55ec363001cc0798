// Gathers what assignment needs from the store (availability, open load, round-robin cursor) and asks the pure chooser.
import type { Transaction } from 'kysely';
import { type Candidate, chooseAssignee } from '../routing/choose-assignee.js';
import type { WeeklyHours } from '../routing/working-hours.js';
import { compileOncePerCount } from '../store/queries/compile-once.js';
import { runsAlone } from '../store/queries/runs-alone.js';
import type { Tables } from '../store/tables.js';
import type { PlaybookRuntime } from './playbook-runtime.js';

export interface AssignmentTarget {
  team: string;
  tier: string | null;
  skills: readonly string[];
}

/** Statuses that still count against a person's capacity. */
export function openStatuses(runtime: PlaybookRuntime): string[] {
  return runtime.workflow.statuses.filter((status) => runtime.workflow.categoryOf(status) !== 'done');
}

/**
 * Picks a person for the target by the team's strategy, or null (the team owns it until someone
 * frees up). Round robin remembers its place in the store, in this transaction. Before choosing
 * someone, the team's cursor row and the available members' rows are locked and the loads read again
 * under the locks, so on PostgreSQL concurrent openings see each other's assignments: they take turns
 * and never push a person over capacity, even one who serves several teams. When a first look without the lock finds nobody who could take it (all
 * away, off shift or full: the usual state of a busy team), nothing is assigned and no lock is taken,
 * so such openings do not queue behind each other until commit.
 */
export async function pickAssignee(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  target: AssignmentTarget,
  now: number,
): Promise<{ personId: string | null; why: string }> {
  const team = runtime.teams.get(target.team);
  const strategy = team?.assignment ?? 'round_robin';
  const members = [...runtime.people.values()].filter((person) => person.teams.includes(target.team));
  const request = {
    strategy,
    team: target.team,
    tier: target.tier,
    skills: target.skills,
    lastAssigned: null,
    now,
  };
  if (strategy === 'manual' || members.length === 0) {
    return chooseAssignee({ ...request, strategy: 'manual', candidates: [] });
  }
  const ids = members.map((person) => person.id);
  const states = await selectAvailability(
    trx,
    ids.map((id) => ({ id })),
  );
  const available = new Map(states.map((state) => [state.person_id, Number(state.available) === 1]));
  // Only available people can be chosen, so only their loads are read.
  const availableIds = ids.filter((id) => available.get(id) === true);
  const candidates = (openCount: ReadonlyMap<string | null, number>): Candidate[] =>
    members.map((person) => ({
      id: person.id,
      teams: person.teams,
      skills: person.skills ?? [],
      tier: person.tier,
      capacity: person.capacity,
      timezone: person.timezone,
      hours: person.hours as WeeklyHours | undefined,
      available: available.get(person.id) ?? false,
      openCount: openCount.get(person.id) ?? 0,
    }));
  const firstLook = chooseAssignee({
    ...request,
    candidates: candidates(
      availableIds.length === 0 ? new Map() : await readLoads(trx, runtime, availableIds),
    ),
  });
  if (firstLook.personId === null) {
    return firstLook;
  }
  if (strategy !== 'round_robin' && runsAlone(trx)) {
    // Nothing can have changed since the first look: no cursor to move, no lock to take, no loads to re-read.
    return firstLook;
  }
  // One upsert both creates the cursor and locks it (as an UPDATE would), returning where it stands.
  const cursor = await trx
    .insertInto('assignment_cursors')
    .values({ team: target.team, last_person_id: null, updated_at: now })
    .onConflict((oc) => oc.column('team').doUpdateSet({ updated_at: now }))
    .returning('last_person_id')
    .executeTakeFirst();
  if (!runsAlone(trx)) {
    // A person may serve several teams, whose cursors are different rows: their availability rows, locked in one
    // order by every opening, make openings for two teams that share someone wait for each other too.
    await trx
      .selectFrom('people_state')
      .select('person_id')
      .where('person_id', 'in', availableIds)
      .orderBy('person_id')
      .forUpdate()
      .execute();
  }
  const lastAssigned = strategy === 'round_robin' ? (cursor?.last_person_id ?? null) : null;
  const choice = chooseAssignee({
    ...request,
    candidates: candidates(await readLoads(trx, runtime, availableIds)),
    lastAssigned,
  });
  if (strategy === 'round_robin' && choice.personId !== null) {
    await trx
      .updateTable('assignment_cursors')
      .set({ last_person_id: choice.personId, updated_at: now })
      .where('team', '=', target.team)
      .execute();
  }
  return choice;
}

/** Whether each of the given people is marked available (people never marked have no row). */
const selectAvailability = compileOncePerCount<{ id: string }, { person_id: string; available: number }>(
  (db, count, param) =>
    db
      .selectFrom('people_state')
      .select(['person_id', 'available'])
      .where(
        'person_id',
        'in',
        Array.from({ length: count }, (_, i) => param('id', i)),
      ),
);

/** Open escalations per person of `assignee` among those in a status of `status` (both lists of the same length, padded). */
const selectLoads = compileOncePerCount<
  { assignee: string; status: string },
  { assignee: string | null; n: number }
>((db, count, param) =>
  db
    .selectFrom('escalations')
    .select(['assignee', (eb) => eb.fn.countAll<number>().as('n')])
    .where(
      'assignee',
      'in',
      Array.from({ length: count }, (_, i) => param('assignee', i)),
    )
    .where(
      'status',
      'in',
      Array.from({ length: count }, (_, i) => param('status', i)),
    )
    .groupBy('assignee'),
);

/** Open escalations per person, for those of `ids` that have any. */
async function readLoads(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  ids: readonly string[],
): Promise<Map<string | null, number>> {
  // One compiled statement per list length: the shorter list is padded with its own first entry (IN ignores repeats).
  const statuses = openStatuses(runtime);
  const length = Math.max(ids.length, statuses.length);
  const pairs = Array.from({ length }, (_, i) => ({
    assignee: ids[i] ?? ids[0] ?? '',
    status: statuses[i] ?? statuses[0] ?? '',
  }));
  const loads = await selectLoads(trx, pairs);
  return new Map(loads.map((load) => [load.assignee, Number(load.n)]));
}
