// Who may see or work which escalation: admin everything, a person the escalations of their teams, an agent what it opened.
import type { Actor, Scope } from '../context.js';
import { HandoffError } from '../errors.js';
import type { EscalationRow } from '../store/queries/select-escalation-row.js';
import type { PlaybookRuntime } from '../core/playbook-runtime/playbook-runtime.js';

/** Throws `forbidden` unless the actor holds one of the scopes (the system always may). */
export function assertScope(actor: Actor, scopes: readonly Scope[]): void {
  if (actor.kind === 'system' || actor.kind === 'admin' || scopes.includes(actor.kind)) {
    return;
  }
  throw new HandoffError(
    'forbidden',
    `this needs a key with scope ${scopes.join(' or ')}; yours is ${actor.kind}`,
  );
}

/** Who reads incidents (the list, one incident and its timeline): the incident API and the live stream ask this. */
export const incidentReaders: readonly Scope[] = ['human'];

/** Whether the actor may read incidents and their events (see `incidentReaders`). */
export const mayReadIncidents = (actor: Actor): boolean =>
  actor.kind === 'system' || actor.kind === 'admin' || incidentReaders.includes(actor.kind);

/** The teams a human actor works for, from the playbook's people. */
export function teamsOf(actor: Actor, runtime: PlaybookRuntime): readonly string[] {
  return actor.personId === null ? [] : (runtime.people.get(actor.personId)?.teams ?? []);
}

/**
 * Whether the actor may know the escalation exists: admin and system always, a human when it belongs to one of
 * their teams or is assigned to them, an agent when its key opened it.
 */
export function maySee(actor: Actor, runtime: PlaybookRuntime, row: EscalationRow): boolean {
  if (actor.kind === 'system' || actor.kind === 'admin') {
    return true;
  }
  if (actor.kind === 'human') {
    return (
      (row.assignee !== null && row.assignee === actor.personId) || teamsOf(actor, runtime).includes(row.team)
    );
  }
  return row.opened_by !== null && row.opened_by === actor.keyId;
}

/** The one answer for "not there" and for "not yours to see": the same code, message and path. */
export const noEscalation = (id: string): HandoffError =>
  new HandoffError('not_found', `no escalation ${id}`, { path: 'id' });

/**
 * `work`: whoever may see it (see `maySee`) but an agent. `own` and `read`: also the agent key that opened it.
 * An escalation the actor may not see is `not_found` on every route, exactly as one that does not exist: a
 * refusal must not tell that it exists, nor its status.
 */
export function assertMayWork(
  actor: Actor,
  runtime: PlaybookRuntime,
  row: EscalationRow,
  access: 'work' | 'own' | 'read',
): void {
  if (!maySee(actor, runtime, row)) {
    throw noEscalation(row.id);
  }
  if (actor.kind === 'agent' && access === 'work') {
    throw new HandoffError('forbidden', 'an agent key may only hand back and read the escalations it opened');
  }
}

/** Throws `conflict` when the escalation is finished: it must be reopened before anyone works on it again. */
export function assertNotFinished(
  runtime: PlaybookRuntime,
  row: EscalationRow,
  hint = 'reopen it first',
): void {
  if (runtime.workflow.categoryOf(row.status) === 'done') {
    throw new HandoffError('conflict', `escalation ${row.id} is ${row.status}; ${hint}`, { path: 'status' });
  }
}
