// Before and after side by side: a saved audit (the baseline) beside the live metrics report, on the
// measures both define the same way. Pure.
import type { MetricsReport } from '../metrics/metrics-report.js';
import type { AuditReport } from './audit-report.js';
import { humanDuration, percent, tableLines } from './audit-text.js';

export interface BaselineRow {
  measure: string;
  before: number | null;
  after: number | null;
  kind: 'duration' | 'rate';
}

export function compareWithBaseline(baseline: AuditReport, metrics: MetricsReport): BaselineRow[] {
  const before = baseline.headline;
  const after = metrics.headline;
  const rates = metrics.rates;
  const duration = (measure: string, b: number | null, a: number | null): BaselineRow => ({
    measure,
    before: b,
    after: a,
    kind: 'duration',
  });
  const rate = (measure: string, b: number | null, a: number | null): BaselineRow => ({
    measure,
    before: b,
    after: a,
    kind: 'rate',
  });
  return [
    duration(
      'time to first response, median',
      before.timeToFirstResponse.median,
      after.timeToFirstHumanResponse.median,
    ),
    duration(
      'time to first response, p90',
      before.timeToFirstResponse.p90,
      after.timeToFirstHumanResponse.p90,
    ),
    duration(
      'time to first response, mean',
      before.timeToFirstResponse.mean,
      after.timeToFirstHumanResponse.mean,
    ),
    duration(
      'time to resolution, median',
      before.timeToResolution.median,
      after.resolutionTime.escalated.median,
    ),
    duration('time to resolution, p90', before.timeToResolution.p90, after.resolutionTime.escalated.p90),
    duration('time to resolution, mean', before.timeToResolution.mean, after.resolutionTime.escalated.mean),
    rate('first-contact resolution', before.firstContactResolution.rate, after.firstContactResolution.rate),
    rate('reassignment (reroute) rate', before.reassignmentRate, rates.rerouteRate),
    rate('reopen rate', before.reopenRate, rates.reopenRate),
  ];
}

/** The comparison as an aligned table for the terminal. */
export function formatBaselineTable(name: string, rows: readonly BaselineRow[]): string {
  const show = (row: BaselineRow, value: number | null) =>
    row.kind === 'duration' ? humanDuration(value) : percent(value);
  const change = (row: BaselineRow) => {
    if (row.before === null || row.after === null) {
      return '-';
    }
    const delta = row.after - row.before;
    const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
    return row.kind === 'duration'
      ? `${sign}${humanDuration(Math.abs(delta))}`
      : `${sign}${(Math.abs(delta) * 100).toFixed(1)} pt`;
  };
  const body = rows.map((row) => [row.measure, show(row, row.before), show(row, row.after), change(row)]);
  return `${tableLines(['measure', `before (${name})`, 'after (now)', 'change'], body, false).join('\n')}\n`;
}
