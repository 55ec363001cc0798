// The CSV export: one row per escalation opened in the range, with its facts.
import type { Context } from '../../context.js';
import { factsToCsv } from '../../core/metrics/facts-csv.js';
import { readEscalationFacts } from './get-metrics.js';
import { checkMetricsQuery } from './metrics-query.js';

export async function exportMetricsCsv({ ctx, input }: { ctx: Context; input: unknown }): Promise<string> {
  const query = await checkMetricsQuery(ctx, input);
  return factsToCsv(await readEscalationFacts(ctx, query));
}
