// Resolves an incident: the resolved message goes to the key contacts, its timers stop, and the playbook's rule
// is applied to the linked escalations still open (resolve them, hand them back to the AI, or leave them).
import type { Context } from '../../context.js';
import type { Incident } from '../../core/incidents/incident.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import { selectIncidentLinks } from '../../store/queries/incident-links.js';
import { selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import { assertScope } from '../authorize.js';
import { applyChange } from '../lifecycle/change-escalation.js';
import { changeIncident } from '../lifecycle/change-incident.js';
import { cancelIncidentTimers, writeIncidentChange } from '../lifecycle/incident-change.js';
import { parseInput } from '../parse-input.js';
import { ResolveIncidentInput } from './inputs.js';

export async function resolveIncident({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Context;
  id: string;
  input: unknown;
  expectedVersion?: number;
}): Promise<Incident> {
  assertScope(ctx.actor, ['human']);
  const { note } = parseInput(ResolveIncidentInput, input ?? {});
  return changeIncident({
    ctx,
    id,
    expectedVersion,
    async change(row, runtime, trx) {
      const now = ctx.clock();
      const rule = runtime.playbook.incidents?.on_resolve ?? { escalations: 'leave' as const };
      const escalationEvents: TimelineEvent[] = [];
      const touched: Array<{ escalation: string; status: string }> = [];
      if (rule.escalations !== 'leave') {
        for (const escalationId of await selectIncidentLinks(trx, row.id)) {
          const escalation = await selectEscalationRow(trx, escalationId);
          if (runtime.workflow.categoryOf(escalation.status) === 'done') {
            continue;
          }
          const handBack = rule.escalations === 'hand_back';
          const preferred = handBack ? ['handed_back', 'resolved', 'closed'] : ['resolved', 'closed'];
          const status = runtime.workflow.firstReachable(escalation.status, preferred);
          if (status === undefined) {
            // Its workflow cannot finish it from where it stands: left open, and said so on the incident.
            touched.push({ escalation: escalationId, status: escalation.status });
            continue;
          }
          const text = rule.note ?? note ?? null;
          const applied = await applyChange(
            trx,
            runtime,
            ctx.actor,
            escalation,
            {
              patch: {
                status,
                outcome: handBack ? 'handed_back' : 'resolved',
                resolved_at: now,
              },
              events: [
                handBack
                  ? {
                      type: 'handed_back',
                      data: {
                        note: text,
                        instructions: text,
                        from: escalation.status,
                        to: status,
                        incident: row.id,
                      },
                    }
                  : {
                      type: 'resolved',
                      data: {
                        outcome: 'resolved',
                        status,
                        note: text,
                        from: escalation.status,
                        incident: row.id,
                      },
                    },
              ],
              backfill: escalation.assignee === null ? [] : [escalation.team],
            },
            now,
          );
          escalationEvents.push(...applied.events);
          touched.push({ escalation: escalationId, status });
        }
      }
      await cancelIncidentTimers(trx, row.id);
      const written = await writeIncidentChange(
        trx,
        runtime,
        ctx.actor,
        row,
        {
          patch: { status: 'resolved', phase: 'resolved', resolved_at: now, next_update_at: null },
          events: [
            {
              type: 'resolved',
              data: {
                from: row.phase,
                phase: 'resolved',
                note: note ?? null,
                rule: rule.escalations,
                escalations: touched,
              },
            },
          ],
        },
        now,
      );
      return { row: written.row, escalationEvents };
    },
  });
}
