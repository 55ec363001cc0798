// What /readyz and /metrics report about this node: the database takes writes, the playbook is active, counts for
// Prometheus.
import type { Actor } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { assertScope } from '../authorize.js';
import { writeReadinessProbe } from '../../store/queries/write-readiness-probe.js';
import { countEscalationsByStatus } from '../../store/queries/count-escalations-by-status.js';
import { countEvaluationsByAction } from '../../store/queries/count-evaluations-by-action.js';
import { countEventsByType } from '../../store/queries/count-events-by-type.js';
import {
  countDeadLetters,
  countWaitingDeliveries,
  oldestDueCreatedAt,
} from '../../store/queries/count-deliveries.js';
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

/** This node's delivery attempts by outcome and channel, kept by its deliveries worker. */
export interface DeliveryTallies {
  delivered: Readonly<Record<string, number>>;
  failed: Readonly<Record<string, number>>;
  deadLettered: Readonly<Record<string, number>>;
}

export function makeNodeStatus(
  store: Store,
  health: DatabaseHealth,
  clock: () => number,
  deliveryTallies: () => DeliveryTallies | undefined = () => undefined,
): NodeStatus {
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
      const now = clock();
      const [byStatus, byAction, events, waiting, dead, oldest] = await Promise.all([
        countEscalationsByStatus(store.db),
        countEvaluationsByAction(store.db),
        countEventsByType(store.db),
        countWaitingDeliveries(store.db),
        countDeadLetters(store.db),
        oldestDueCreatedAt(store.db, now),
      ]);
      const tallies = deliveryTallies();
      const tally = (name: string, help: string, counts: Readonly<Record<string, number>> | undefined) => [
        `# HELP ${name} ${help}`,
        `# TYPE ${name} counter`,
        ...Object.entries(counts ?? {}).map(([channel, n]) => line(name, { channel }, n)),
      ];
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
        '# HELP handoff_deliveries_waiting Outbox rows not yet delivered nor set aside, by channel.',
        '# TYPE handoff_deliveries_waiting gauge',
        ...waiting.map((row) => line('handoff_deliveries_waiting', { channel: row.channel }, row.count)),
        '# HELP handoff_deliveries_dead Dead letters (set aside after the last attempt), by channel.',
        '# TYPE handoff_deliveries_dead gauge',
        ...dead.map((row) => line('handoff_deliveries_dead', { channel: row.channel }, row.count)),
        '# HELP handoff_delivery_lag_seconds How long the oldest due row has waited since it was written.',
        '# TYPE handoff_delivery_lag_seconds gauge',
        line('handoff_delivery_lag_seconds', {}, oldest === null ? 0 : Math.max(0, now - oldest) / 1_000),
        ...tally(
          'handoff_deliveries_total',
          'Deliveries this node completed, by channel.',
          tallies?.delivered,
        ),
        ...tally(
          'handoff_delivery_failures_total',
          'Failed delivery attempts on this node, by channel.',
          tallies?.failed,
        ),
        ...tally(
          'handoff_deliveries_dead_lettered_total',
          'Rows this node set aside as dead letters, by channel.',
          tallies?.deadLettered,
        ),
        '# HELP process_resident_memory_bytes Resident memory.',
        '# TYPE process_resident_memory_bytes gauge',
        line('process_resident_memory_bytes', {}, process.memoryUsage().rss),
      ];
      return `${lines.join('\n')}\n`;
    },
  };
}
