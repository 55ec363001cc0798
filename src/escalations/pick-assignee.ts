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
    tierOrder: runtime.tierOrder,
    tierMatch: team?.tier_match,
    skills: target.skills,
    lastAssigned: null,
    now,
  };
  if (strategy === 'manual' || members.length === 0) {
    return chooseAssignee({ ...request, strategy: 'manual', candidates: [] });
  }
  const ids = members.map((person) => person.id);
  const candidates = (people: ReadonlyMap<string, PersonNow>): Candidate[] =>
    members.map((person) => ({
      id: person.id,
      teams: person.teams,
      skills: person.skills ?? [],
      tier: person.tier,
      capacity: person.capacity,
      timezone: person.timezone,
      hours: person.hours as WeeklyHours | undefined,
      available: people.get(person.id)?.available ?? false,
      openCount: people.get(person.id)?.openCount ?? 0,
    }));
  const firstLook = chooseAssignee({
    ...request,
    candidates: candidates(await readPeopleNow(trx, runtime, ids)),
  });
  if (firstLook.personId === null) {
    return firstLook;
  }
  if (strategy !== 'round_robin' && runsAlone(trx)) {
    // Nothing can have changed since the first look: no cursor to move, no lock to take, no loads to re-read.
    return firstLook;
  }
  // Locks in one order everywhere: the people (sorted by id), then the team's cursor. A person may serve several
  // teams, whose cursors are different rows: their own rows make openings for two such teams wait for each other.
  await lockPeopleOf(trx, runtime, [target.team]);
  // One upsert both creates the cursor and locks it (as an UPDATE would), returning where it stands.
  const cursor = await trx
    .insertInto('assignment_cursors')
    .values({ team: target.team, last_person_id: null, updated_at: now })
    .onConflict((oc) => oc.column('team').doUpdateSet({ updated_at: now }))
    .returning('last_person_id')
    .executeTakeFirst();
  const lastAssigned = strategy === 'round_robin' ? (cursor?.last_person_id ?? null) : null;
  // Read again under the locks: at READ COMMITTED this statement starts after they were granted, so it sees what
  // the openings that held them committed.
  const choice = chooseAssignee({
    ...request,
    candidates: candidates(await readPeopleNow(trx, runtime, ids)),
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

interface PersonNow {
  available: boolean;
  openCount: number;
}

type PersonRow = { person_id: string; available: number; n: number };

/**
 * Whether each person is available, and their open escalations, in one statement. `statuses` and `ids` are two
 * lists in one item list of the longer one's length, the shorter padded with its first entry (IN ignores repeats).
 */
const selectPeople = compileOncePerCount<{ id: string; status: string }, PersonRow>((db, count, param) =>
  db
    .selectFrom('people_state as p')
    .select((eb) => [
      'p.person_id',
      'p.available',
      eb
        .selectFrom('escalations as e')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('e.assignee', '=', 'p.person_id')
        .where(
          'e.status',
          'in',
          Array.from({ length: count }, (_, i) => param('status', i)),
        )
        .as('n'),
    ])
    .where(
      'p.person_id',
      'in',
      Array.from({ length: count }, (_, i) => param('id', i)),
    ),
);

/** Locks the people's rows, in one order for every opening (PostgreSQL; SQLite transactions run alone). */
const lockPeople = compileOncePerCount<{ id: string }, { person_id: string }>((db, count, param) =>
  db
    .selectFrom('people_state')
    .select('person_id')
    .where(
      'person_id',
      'in',
      Array.from({ length: count }, (_, i) => param('id', i)),
    )
    .orderBy('person_id')
    .forUpdate(),
);

/**
 * Locks the rows of every member of `teams`, sorted by id (PostgreSQL; SQLite transactions run alone). Taken before
 * any team cursor, by openings, backfill and availability changes alike, so two of them never wait on each other
 * in a circle.
 */
export async function lockPeopleOf(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  teams: readonly string[],
): Promise<void> {
  if (runsAlone(trx)) {
    return;
  }
  const ids = [...runtime.people.values()]
    .filter((person) => person.teams.some((team) => teams.includes(team)))
    .map((person) => person.id);
  if (ids.length > 0) {
    await lockPeople(
      trx,
      ids.map((id) => ({ id })),
    );
  }
}

/** People never marked available have no row: they are away. */
export async function readPeopleNow(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  ids: readonly string[],
): Promise<Map<string, PersonNow>> {
  const statuses = openStatuses(runtime);
  const length = Math.max(ids.length, statuses.length);
  const items = Array.from({ length }, (_, i) => ({
    id: ids[i] ?? ids[0] ?? '',
    status: statuses[i] ?? statuses[0] ?? '',
  }));
  const rows = await selectPeople(trx, items);
  return new Map(
    rows.map((row) => [row.person_id, { available: Number(row.available) === 1, openCount: Number(row.n) }]),
  );
}
