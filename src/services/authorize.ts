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

/** The teams a human actor works for, from the playbook's people. */
export function teamsOf(actor: Actor, runtime: PlaybookRuntime): readonly string[] {
  return actor.personId === null ? [] : (runtime.people.get(actor.personId)?.teams ?? []);
}

/**
 * `work`: admin and system always; a human when the escalation belongs to one of their teams or is
 * assigned to them. `own`: also the agent key that opened it. `read` is `own` for agents.
 */
export function assertMayWork(
  actor: Actor,
  runtime: PlaybookRuntime,
  row: EscalationRow,
  access: 'work' | 'own' | 'read',
): void {
  if (actor.kind === 'system' || actor.kind === 'admin') {
    return;
  }
  if (actor.kind === 'human') {
    if (row.assignee !== null && row.assignee === actor.personId) {
      return;
    }
    if (teamsOf(actor, runtime).includes(row.team)) {
      return;
    }
    if (access === 'read') {
      throw new HandoffError('not_found', `no escalation ${row.id}`, { path: 'id' });
    }
    throw new HandoffError('forbidden', `escalation ${row.id} belongs to team ${row.team}, not one of yours`);
  }
  if (access === 'work') {
    throw new HandoffError('forbidden', 'an agent key may only hand back and read the escalations it opened');
  }
  if (row.opened_by !== null && row.opened_by === actor.keyId) {
    return;
  }
  // An agent must not learn that other escalations exist: reading or handing one back gets the same answer.
  throw new HandoffError('not_found', `no escalation ${row.id}`, { path: 'id' });
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
