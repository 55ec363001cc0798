// Rewrites the metric facts of the escalations some events touched, inside the transaction that wrote them:
// a report then reads one row per escalation, always as current as the timeline. The metric rollups change in
// the same transaction: what the old facts added is taken out, what the new ones add is put in.
import type { Transaction } from 'kysely';
import type { EscalationContext, TimelineEvent } from '../../core/escalation/escalation.js';
import {
  type EscalationFacts,
  type EscalationSnapshot,
  escalationFactsOf,
} from '../../core/metrics/escalation-facts.js';
import {
  addCellData,
  cellKeyOf,
  emptyCellData,
  type ExtraPart,
  type HeadlinePart,
  isSettled,
  makeRollupDeltas,
  packCellData,
} from '../../core/metrics/rollup-cells.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { decodeJson, encodeJson } from '../../store/json.js';
import { type EscalationRow, selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import { selectEventFactsOf } from '../../store/queries/select-events.js';
import { selectSettledFacts } from '../../store/queries/select-settled-facts.js';
import { upsertEscalationFacts } from '../../store/queries/upsert-escalation-facts.js';
import { lockRollupCells, writeRollupCells } from '../../store/queries/upsert-metric-rollups.js';
import type { MetricRollupsTable, Tables } from '../../store/tables.js';

/** Reads what the snapshot needs from the row: the case's channel, locale and first customer message, the trigger. */
export function snapshotOf(row: EscalationRow): EscalationSnapshot {
  const context = decodeJson(row.context) as Partial<EscalationContext>;
  const caseValue = (context.case ?? {}) as Record<string, unknown>;
  const conversation = Array.isArray(caseValue.conversation) ? (caseValue.conversation as unknown[]) : [];
  let firstMessageAt = Number(row.opened_at);
  for (const message of conversation) {
    const { role, at } = (message ?? {}) as { role?: unknown; at?: unknown };
    const instant = role === 'customer' && typeof at === 'string' ? Date.parse(at) : Number.NaN;
    if (Number.isFinite(instant) && instant < firstMessageAt) {
      firstMessageAt = instant;
    }
  }
  const firstReason = context.reasons?.[0]?.trigger;
  const sla = row.sla === null ? null : (decodeJson(row.sla) as { clocks?: Array<Record<string, unknown>> });
  return {
    id: row.id,
    caseId: row.case_id,
    openedAt: Number(row.opened_at),
    team: row.team,
    tier: row.tier,
    assignee: row.assignee,
    priority: row.priority,
    status: row.status,
    outcome: row.outcome,
    resolvedAt: row.resolved_at === null ? null : Number(row.resolved_at),
    playbookVersion: row.playbook_version,
    reroutes: row.reroute_count,
    tierChanges: row.tier_changes,
    channel: typeof caseValue.channel === 'string' ? caseValue.channel : null,
    locale: typeof caseValue.locale === 'string' ? caseValue.locale : null,
    trigger: firstReason ?? (row.reason_category === null ? 'none' : `explicit:${row.reason_category}`),
    firstMessageAt,
    slaClocks: (sla?.clocks ?? []).map((clock) => ({
      metric: String(clock.metric),
      state: String(clock.state),
      dueAt: typeof clock.dueAt === 'number' ? clock.dueAt : null,
    })),
  };
}

/** Recomputes and stores the facts of every escalation the events belong to. */
export async function refreshEscalationFacts(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  events: readonly Pick<TimelineEvent, 'escalationId'>[],
  now: number,
): Promise<void> {
  const ids = [...new Set(events.map((event) => event.escalationId))].filter((id) => id !== '-');
  const rows = [];
  const deltas = makeRollupDeltas();
  const before = await selectSettledFacts(trx, ids);
  for (const [, text] of before) {
    deltas.add(decodeJson(text) as EscalationFacts, -1);
  }
  for (const id of ids) {
    const row = await selectEscalationRow(trx, id);
    const timeline = await selectEventFactsOf(trx, id);
    const snapshot = snapshotOf(row);
    const policyId = row.sla === null ? null : (decodeJson(row.sla) as { policy?: string }).policy;
    const calendar = runtime.sla?.policies.find((policy) => policy.id === policyId)?.calendar;
    const facts = escalationFactsOf(
      snapshot,
      timeline.map((event) => ({
        type: event.type,
        at: Number(event.at),
        data: decodeJson(event.data) as Record<string, unknown>,
      })),
      (status) => runtime.workflow.categoryOf(status),
      (a, b) => (calendar === undefined ? Math.max(0, b - a) : calendar.businessTimeBetween(a, b)),
    );
    rows.push({
      escalation_id: id,
      opened_at: facts.openedAt,
      team: facts.team,
      category: facts.category,
      facts: encodeJson(facts),
      updated_at: now,
      settled_at: facts.resolvedAt,
    });
    if (isSettled(facts)) {
      deltas.add(facts, 1);
    }
  }
  await upsertEscalationFacts(trx, rows);
  await applyRollupDeltas(trx, deltas);
}

type ChangedCell = ReturnType<ReturnType<typeof makeRollupDeltas>['changed']>[number];

/** The stored row of a cell holding `data` (what it counts). */
const rollupRowOf = (cell: ChangedCell, n: number, data: HeadlinePart | ExtraPart): MetricRollupsTable => ({
  key: cellKeyOf(cell.id),
  grain: cell.id.grain,
  start: cell.id.start,
  dim: cell.id.dim,
  team: cell.id.team,
  value: cell.id.value,
  n,
  data: encodeJson(packCellData(cell.id.dim, data)),
});

/** The row of a new cell that holds only `cell`'s delta: what the write path stores for it (bulk loads use it). */
export function newRollupRow(cell: ChangedCell): MetricRollupsTable {
  const sum = addCellData(cell.id.dim, null, cell);
  return rollupRowOf(cell, sum.n, sum.data);
}

/** Adds the deltas to their cells: locked (created when missing), summed, written back. */
export async function applyRollupDeltas(
  trx: Transaction<Tables>,
  deltas: ReturnType<typeof makeRollupDeltas>,
): Promise<void> {
  const changed = deltas.changed();
  if (changed.length === 0) {
    return;
  }
  const current = await lockRollupCells(
    trx,
    changed.map((cell) => rollupRowOf(cell, 0, emptyCellData(cell.id.dim))),
  );
  await writeRollupCells(
    trx,
    changed.map((cell) => {
      const stored = current.get(cellKeyOf(cell.id));
      const sum = addCellData(cell.id.dim, stored === undefined ? null : decodeJson(stored.data), cell);
      return rollupRowOf(cell, sum.n, sum.data);
    }),
  );
}
