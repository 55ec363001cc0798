// Gathers what assignment needs from the store (availability, open load, round-robin cursor) and asks the pure chooser.
import type { Transaction } from 'kysely';
import { type Candidate, chooseAssignee } from '../../core/routing/choose-assignee.js';
import type { WeeklyHours } from '../../core/routing/working-hours.js';
import {
  lockPeople,
  moveAssignmentCursor,
  type PersonNow,
  reselectPeopleUnderLock,
  selectPeopleNow,
  takeAssignmentCursor,
} from '../../store/queries/assignment.js';
import type { Tables } from '../../store/tables.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';

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
  const statuses = openStatuses(runtime);
  const seen = await selectPeopleNow(trx, ids, statuses);
  const firstLook = chooseAssignee({ ...request, candidates: candidates(seen) });
  if (firstLook.personId === null) {
    return firstLook;
  }
  // Locks in one order everywhere: the people (sorted by id), then the team's cursor. A person may serve several
  // teams, whose cursors are different rows: their own rows make openings for two such teams wait for each other.
  await lockPeopleOf(trx, runtime, [target.team]);
  const cursor = await takeAssignmentCursor(trx, target.team, now, strategy === 'round_robin');
  const lastAssigned = strategy === 'round_robin' ? cursor : null;
  const choice = chooseAssignee({
    ...request,
    candidates: candidates(await reselectPeopleUnderLock(trx, ids, statuses, seen)),
    lastAssigned,
  });
  if (strategy === 'round_robin' && choice.personId !== null) {
    await moveAssignmentCursor(trx, target.team, choice.personId, now);
  }
  return choice;
}

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
  const ids = [...runtime.people.values()]
    .filter((person) => person.teams.some((team) => teams.includes(team)))
    .map((person) => person.id);
  await lockPeople(trx, ids);
}

/** Each person's availability and open load now (people never marked available have no row: they are away). */
export async function readPeopleNow(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  ids: readonly string[],
): Promise<Map<string, PersonNow>> {
  return selectPeopleNow(trx, ids, openStatuses(runtime));
}
