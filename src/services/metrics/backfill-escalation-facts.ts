// Writes the metric facts of escalations opened before facts were kept (a database upgraded to 0009-metrics),
// and adds to the rollups the finished escalations whose facts were written before rollups were kept (0010):
// once per store and process, before its first report, a page per transaction.
import type { Context } from '../../context.js';
import type { EscalationFacts } from '../../core/metrics/escalation-facts.js';
import { isSettled, makeRollupDeltas } from '../../core/metrics/rollup-cells.js';
import { applyRollupDeltas, refreshEscalationFacts } from '../lifecycle/refresh-escalation-facts.js';
import { decodeJson } from '../../store/json.js';
import { markFactsSettled } from '../../store/queries/mark-facts-settled.js';
import { type FactsCursor, selectDoneFactsNotRolledUp } from '../../store/queries/select-settled-facts.js';
import { selectEscalationsWithoutFacts } from '../../store/queries/select-escalations-without-facts.js';
import type { Store } from '../../store/store.js';

const PAGE = 500;
const ROLLUP_PAGE = 5_000;
const done = new WeakSet<Store>();

/** Rolls up finished facts not counted yet; returns how many it counted. */
export async function backfillMetricRollups(store: Store): Promise<number> {
  let after: FactsCursor | null = null;
  let counted = 0;
  for (;;) {
    const page: { last: FactsCursor | null; size: number; counted: number } = await store.transaction(
      async (trx) => {
        const rows = await selectDoneFactsNotRolledUp(trx, after, ROLLUP_PAGE);
        const deltas = makeRollupDeltas();
        const settled: Array<{ id: string; settledAt: number }> = [];
        for (const row of rows) {
          if (row.category !== 'done') {
            continue;
          }
          const facts = decodeJson(row.facts) as EscalationFacts;
          if (isSettled(facts) && facts.resolvedAt !== null) {
            deltas.add(facts, 1);
            settled.push({ id: row.escalation_id, settledAt: facts.resolvedAt });
          }
        }
        await markFactsSettled(trx, settled);
        await applyRollupDeltas(trx, deltas);
        const last = rows[rows.length - 1];
        return {
          last: last === undefined ? null : { openedAt: last.opened_at, id: last.escalation_id },
          size: rows.length,
          counted: settled.length,
        };
      },
    );
    counted += page.counted;
    if (page.last === null || page.size < ROLLUP_PAGE) {
      return counted;
    }
    after = page.last;
  }
}

export async function backfillEscalationFacts(ctx: Context): Promise<number> {
  if (done.has(ctx.store)) {
    return 0;
  }
  const runtime = await ctx.playbook();
  let written = 0;
  for (;;) {
    const ids = await selectEscalationsWithoutFacts(ctx.store.db, PAGE);
    if (ids.length > 0) {
      await ctx.store.transaction((trx) =>
        refreshEscalationFacts(
          trx,
          runtime,
          ids.map((escalationId) => ({ escalationId })),
          ctx.clock(),
        ),
      );
      written += ids.length;
    }
    if (ids.length < PAGE) {
      break;
    }
  }
  await backfillMetricRollups(ctx.store);
  done.add(ctx.store);
  return written;
}
