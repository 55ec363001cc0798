// The playbook's people with their live state: available or not, at work now or not, open escalations against capacity.
import type { Context } from '../../context.js';
import { assertScope, teamsOf } from '../authorize.js';
import { openStatuses } from '../lifecycle/pick-assignee.js';
import { isWithinHours, type WeeklyHours } from '../../core/routing/working-hours.js';
import { countOpenEscalationsByAssignee } from '../../store/queries/count-open-escalations-by-assignee.js';
import { selectPeopleAvailability } from '../../store/queries/select-people-availability.js';

export interface PersonState {
  id: string;
  name: string;
  email: string | null;
  teams: string[];
  tier: string | null;
  skills: string[];
  capacity: number | null;
  available: boolean;
  atWork: boolean;
  open: number;
}

/**
 * What a person may see of the others: the people who share a team with them (themselves included), as their
 * work needs (assigning within the team, knowing who is free); an admin sees everyone.
 */
export async function listPeople({ ctx }: { ctx: Context }): Promise<PersonState[]> {
  assertScope(ctx.actor, ['human']);
  const runtime = await ctx.playbook();
  const { actor } = ctx;
  const teams = actor.kind === 'human' ? teamsOf(actor, runtime) : null;
  const visible = [...runtime.people.values()].filter(
    (person) =>
      teams === null || person.id === actor.personId || person.teams.some((team) => teams.includes(team)),
  );
  const [states, loads] = await Promise.all([
    selectPeopleAvailability(ctx.store.db),
    countOpenEscalationsByAssignee(ctx.store.db, openStatuses(runtime)),
  ]);
  const available = new Map(states.map((state) => [state.person_id, Number(state.available) === 1]));
  const open = new Map(loads.map((load) => [load.assignee, Number(load.n)]));
  const now = ctx.clock();
  return visible.map((person) => ({
    id: person.id,
    name: person.name,
    email: person.email ?? null,
    teams: person.teams,
    tier: person.tier ?? null,
    skills: person.skills ?? [],
    capacity: person.capacity ?? null,
    available: available.get(person.id) ?? false,
    atWork: isWithinHours(person.hours as WeeklyHours | undefined, person.timezone, now),
    open: open.get(person.id) ?? 0,
  }));
}
