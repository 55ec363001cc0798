// A person goes available or away; going available pulls waiting escalations of their teams (backfill).
import type { Context } from '../../context.js';
import { assertScope } from '../authorize.js';
import { followEvents } from '../lifecycle/follow-events.js';
import { backfillTeams } from '../lifecycle/backfill-teams.js';
import { SetAvailabilityInput } from '../escalations/inputs.js';
import { lockPeopleOf } from '../lifecycle/pick-assignee.js';
import { HandoffError } from '../../errors.js';
import { upsertPersonAvailability } from '../../store/queries/upsert-person-availability.js';
import { parseInput } from '../parse-input.js';
import { listPeople, type PersonState } from './list-people.js';

export async function setAvailability({
  ctx,
  personId,
  input,
}: {
  ctx: Context;
  personId: string;
  input: unknown;
}): Promise<PersonState> {
  assertScope(ctx.actor, ['human']);
  const { available } = parseInput(SetAvailabilityInput, input);
  const runtime = await ctx.playbook();
  // Someone else, there or not, gets the same answer.
  if (ctx.actor.kind === 'human' && ctx.actor.personId !== personId) {
    throw new HandoffError('forbidden', 'a person may set only their own availability');
  }
  const person = runtime.people.get(personId);
  if (person === undefined) {
    throw new HandoffError('not_found', `no person ${personId} in the playbook`, { path: 'id' });
  }
  const now = ctx.clock();
  const events = await ctx.store.transaction(async (trx) => {
    // The people of the person's teams are locked first, in the order every opening takes them (PostgreSQL).
    await lockPeopleOf(trx, runtime, person.teams);
    await upsertPersonAvailability(trx, personId, available, now);
    const written = available ? await backfillTeams(trx, runtime, ctx.actor, person.teams, now) : [];
    return followEvents(trx, runtime, written, now);
  });
  ctx.events.publish(events);
  const people = await listPeople({ ctx });
  return people.find((state) => state.id === personId) as PersonState;
}
