// What /readyz and /metrics report about this node: the database takes writes, the playbook is active, counts for
// Prometheus.
import type { Actor } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { assertScope } from '../authorize.js';
import { writeReadinessProbe } from '../../store/queries/write-readiness-probe.js';
import { countEscalationsByStatus } from '../../store/queries/count-escalations-by-status.js';
import { countEvaluationsByAction } from '../../store/queries/count-evaluations-by-action.js';
import { countEventsByType } from '../../store/queries/count-events-by-type.js';
import type { Store } from '../../store/store.js';
import type { DatabaseHealth } from './database-health.js';

/** /readyz is public: at most one probe write per this period, however often it is asked. */
const PROBE_EVERY_MS = 1_000;

export interface NodeStatus {
  /** Throws (HandoffError `unavailable` when the database is at fault) unless the database takes a write now. */
  checkDatabase(): Promise<void>;
  /** Prometheus text exposition, for an admin. */
  renderMetrics(actor: Actor): Promise<string>;
}

const line = (name: string, labels: Record<string, string>, value: number): string => {
  const text = Object.entries(labels)
    .map(([key, label]) => `${key}="${label.replace(/["\\\n]/g, '_')}"`)
    .join(',');
  return `${name}${text === '' ? '' : `{${text}}`} ${value}`;
};

export function makeNodeStatus(store: Store, health: DatabaseHealth, clock: () => number): NodeStatus {
  let probe: { at: number; done: Promise<void> } | undefined;
  return {
    async checkDatabase() {
      const now = clock();
      if (probe === undefined || now - probe.at >= PROBE_EVERY_MS) {
        probe = { at: now, done: writeReadinessProbe(store, now) };
      }
      await probe.done;
      if (health.hadRecentFault()) {
        throw new HandoffError('unavailable', 'the database refused work in the last few seconds');
      }
    },
    async renderMetrics(actor) {
      assertScope(actor, ['admin']);
      const [byStatus, byAction, events] = await Promise.all([
        countEscalationsByStatus(store.db),
        countEvaluationsByAction(store.db),
        countEventsByType(store.db),
      ]);
      const lines = [
        '# HELP handoff_escalations Escalations by status, team and priority.',
        '# TYPE handoff_escalations gauge',
        ...byStatus.map((row) =>
          line(
            'handoff_escalations',
            { status: row.status, team: row.team, priority: row.priority },
            Number(row.n),
          ),
        ),
        '# HELP handoff_evaluations_total Evaluations by decided action.',
        '# TYPE handoff_evaluations_total counter',
        ...byAction.map((row) => line('handoff_evaluations_total', { action: row.action }, Number(row.n))),
        '# HELP handoff_events_total Timeline events by type.',
        '# TYPE handoff_events_total counter',
        ...events.map((row) => line('handoff_events_total', { type: row.type }, Number(row.n))),
        '# HELP process_resident_memory_bytes Resident memory.',
        '# TYPE process_resident_memory_bytes gauge',
        line('process_resident_memory_bytes', {}, process.memoryUsage().rss),
      ];
      return `${lines.join('\n')}\n`;
    },
  };
}
