// What an SLA warning or breach timer does when it fires: one timeline event, announced once, with when it was due and fired.
import type { Transaction } from 'kysely';
import { decodeJson } from '../../store/json.js';
import { selectEscalationForSlaMoment } from '../../store/queries/select-escalation-for-sla-moment.js';
import { selectEventFactsOf } from '../../store/queries/select-events.js';
import type { TimerRow } from '../../store/queries/timers.js';
import type { Tables } from '../../store/tables.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { recordEvent } from '../../services/lifecycle/record-event.js';

export interface FiredTimer {
  trx: Transaction<Tables>;
  timer: TimerRow;
  runtime: PlaybookRuntime;
  now: number;
}

/**
 * Writes the `sla_warning` or `sla_breached` event unless the escalation is finished or the same moment
 * was already announced (a recomputation may schedule it again). Returns the event, or null.
 */
export async function announceSlaMoment({
  trx,
  timer,
  runtime,
  now,
}: FiredTimer): Promise<TimelineEvent | null> {
  const data = decodeJson(timer.data) as {
    key: string;
    metric: string;
    percent: number;
    policy: string;
    targetMs: number;
  };
  const escalation = await selectEscalationForSlaMoment(trx, timer.escalation_id);
  if (escalation === undefined || runtime.workflow.categoryOf(escalation.status) === 'done') {
    return null;
  }
  const type = timer.kind === 'sla_breach' ? 'sla_breached' : 'sla_warning';
  // The type is tested here, not in the WHERE (see selectEventFactsOf): that keeps each firing's cost flat.
  const timeline = await selectEventFactsOf(trx, timer.escalation_id);
  if (
    timeline.some(
      (event) => event.type === type && (decodeJson(event.data) as { key?: unknown }).key === data.key,
    )
  ) {
    return null;
  }
  const dueAt = Number(timer.due_at);
  const eventData = {
    ...data,
    dueAt: new Date(dueAt).toISOString(),
    firedAt: new Date(now).toISOString(),
    lateMs: Math.max(0, now - dueAt),
  };
  return recordEvent(trx, {
    escalationId: timer.escalation_id,
    type,
    actor: 'handoff',
    at: now,
    data: eventData,
  });
}
