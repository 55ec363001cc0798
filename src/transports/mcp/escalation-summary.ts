// The short view of an escalation the MCP tools give a model: who owns it, in what state, against which SLA.
import type { Escalation } from '../../core/escalation/escalation.js';
import type { SlaView } from '../../services/escalations/get-escalation.js';

export function summarize(escalation: Escalation): Record<string, unknown> {
  return {
    id: escalation.id,
    conversationId: escalation.caseId,
    status: escalation.status,
    priority: escalation.priority,
    team: escalation.team,
    tier: escalation.tier,
    owner: escalation.assignee,
    outcome: escalation.outcome,
    openedAt: escalation.openedAt,
    firstResponseAt: escalation.firstResponseAt,
    resolvedAt: escalation.resolvedAt,
  };
}

/** Each SLA clock as due time, remaining time and state (`running`, `paused`, `met`, `breached`). */
export const summarizeSla = (sla: SlaView | null) =>
  sla === null
    ? null
    : {
        policy: sla.policy,
        clocks: sla.clocks.map((clock) => ({
          metric: clock.metric,
          state: clock.state,
          dueAt: clock.dueAt,
          remainingMs: clock.remainingMs,
          isPaused: clock.isPaused,
        })),
      };
