// Who holds each incident role when it opens: the first filler of each role that names someone.
import type { IncidentRole, RoleFiller } from '../playbook/incidents-schema.js';

/** What fillers are resolved against: the people, team leads and who is on call at an instant. */
export interface RoleDirectory {
  hasPerson(id: string): boolean;
  leadOf(team: string): string | undefined;
  onCallAt(rotation: string, at: number): string | undefined;
}

/** The person a filler names at `at`, or null. */
export function resolveFiller(filler: RoleFiller, directory: RoleDirectory, at: number): string | null {
  const colon = filler.indexOf(':');
  const [kind, id] = [filler.slice(0, colon), filler.slice(colon + 1)];
  const person = kind === 'person' ? id : kind === 'lead' ? directory.leadOf(id) : directory.onCallAt(id, at);
  return person !== undefined && directory.hasPerson(person) ? person : null;
}

/** Role id → the person who holds it (null when no filler names anyone). */
export function fillRoles(
  roles: readonly IncidentRole[],
  directory: RoleDirectory,
  at: number,
): Record<string, string | null> {
  const filled: Record<string, string | null> = {};
  for (const role of roles) {
    filled[role.id] =
      role.filled_by
        .map((filler) => resolveFiller(filler, directory, at))
        .find((person) => person !== null) ?? null;
  }
  return filled;
}
