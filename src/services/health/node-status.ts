// What /readyz and /metrics report about this node: the database answers, the playbook is active, counts for Prometheus.
import { countEscalationsByStatus } from '../../store/queries/count-escalations-by-status.js';
import { countEvaluationsByAction } from '../../store/queries/count-evaluations-by-action.js';
import { countEventsByType } from '../../store/queries/count-events-by-type.js';
import { pingDatabase } from '../../store/queries/ping-database.js';
import type { Store } from '../../store/store.js';

export interface NodeStatus {
  /** Throws when the database does not answer. */
  checkDatabase(): Promise<void>;
  /** Prometheus text exposition. */
  renderMetrics(): Promise<string>;
}

const line = (name: string, labels: Record<string, string>, value: number): string => {
  const text = Object.entries(labels)
    .map(([key, label]) => `${key}="${label.replace(/["\\\n]/g, '_')}"`)
    .join(',');
  return `${name}${text === '' ? '' : `{${text}}`} ${value}`;
};

export function makeNodeStatus(store: Store): NodeStatus {
  return {
    async checkDatabase() {
      await pingDatabase(store.db);
    },
    async renderMetrics() {
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
