// Writes the metric facts of escalations opened before facts were kept (a database upgraded to 0009-metrics):
// once per store and process, before its first report, a page per transaction.
import type { Context } from '../../context.js';
import { refreshEscalationFacts } from '../lifecycle/refresh-escalation-facts.js';
import { selectEscalationsWithoutFacts } from '../../store/queries/select-escalations-without-facts.js';
import type { Store } from '../../store/store.js';

const PAGE = 500;
const done = new WeakSet<Store>();

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
  done.add(ctx.store);
  return written;
}
