// Who may follow the live stream and which of its events they may read: a person the events of their teams'
// escalations and, as the incident API allows, every incident's events; an admin everything. Decided here, so the
// transport only asks.
import type { Context } from '../../context.js';
import { isIncidentEvent, type StreamEvent } from '../../core/stream/stream-event.js';
import { selectEscalationTeam } from '../../store/queries/select-escalation-team.js';
import { assertScope, mayReadIncidents, teamsOf } from '../authorize.js';

/** Bounds the memo of escalation → team a long-lived stream keeps. */
const MAX_REMEMBERED_TEAMS = 5_000;

/** Checks that the actor may follow the stream, and answers, per event, whether they may read it. */
export async function openEventView({
  ctx,
}: {
  ctx: Context;
}): Promise<(event: StreamEvent) => Promise<boolean>> {
  assertScope(ctx.actor, ['human']);
  if (ctx.actor.kind === 'admin' || ctx.actor.kind === 'system') {
    return async () => true;
  }
  const readsIncidents = mayReadIncidents(ctx.actor);
  const teams = new Set(teamsOf(ctx.actor, await ctx.playbook()));
  const teamOf = new Map<string, string>();
  return async (event) => {
    if (isIncidentEvent(event)) {
      return readsIncidents;
    }
    let team = teamOf.get(event.escalationId);
    if (team === undefined) {
      team = (await selectEscalationTeam(ctx.store.db, event.escalationId)) ?? '';
      if (teamOf.size > MAX_REMEMBERED_TEAMS) {
        teamOf.clear();
      }
      teamOf.set(event.escalationId, team);
    }
    return teams.has(team);
  };
}
