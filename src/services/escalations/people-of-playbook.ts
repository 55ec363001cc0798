// Resolves "which person" for verbs: the actor's own person, or one an admin names, checked against the team.
import type { Actor } from '../../context.js';
import { HandoffError } from '../../errors.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';

/** The person acting: a human key's own person (naming another is forbidden), or the one an admin names. */
export function resolvePerson(
  actor: Actor,
  runtime: PlaybookRuntime,
  named: string | undefined,
  team: string,
): string {
  const personId = named ?? actor.personId;
  if (personId === null || personId === undefined) {
    throw new HandoffError('bad_request', 'name the person ("person"): this key belongs to no person', {
      path: 'person',
    });
  }
  if (actor.kind === 'human' && personId !== actor.personId) {
    throw new HandoffError('forbidden', 'a person may claim only for themselves');
  }
  assertMember(runtime, personId, team);
  return personId;
}

/** Throws unless the person exists and belongs to the team. */
export function assertMember(runtime: PlaybookRuntime, personId: string, team: string): void {
  const person = runtime.people.get(personId);
  if (person === undefined) {
    throw new HandoffError('not_found', `no person ${personId} in the playbook`, { path: 'person' });
  }
  if (!person.teams.includes(team)) {
    throw new HandoffError('unprocessable', `${personId} is not in team ${team}`, { path: 'person' });
  }
}
