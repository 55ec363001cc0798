// Before and after side by side: a saved audit (the baseline) beside the live metrics report, on the
// measures both define the same way. Pure.
import { humanDuration, percent } from '../metrics/figure-text.js';
import { tableLines } from './audit-text.js';

/** A measure's id (for people's words in other languages), and which way is an improvement. */
export type BaselineMeasure =
  | 'firstResponseMedian'
  | 'firstResponseP90'
  | 'firstResponseMean'
  | 'resolutionMedian'
  | 'resolutionP90'
  | 'resolutionMean'
  | 'firstContactResolution'
  | 'reassignmentRate'
  | 'reopenRate';

export interface BaselineRow {
  id: BaselineMeasure;
  measure: string;
  before: number | null;
  after: number | null;
  kind: 'duration' | 'rate';
  /** Which way is an improvement: shorter times, fewer reassignments and reopens, more first-contact resolution. */
  better: 'lower' | 'higher';
}

interface Summary {
  median: number | null;
  p90: number | null;
  mean: number | null;
}

/** What the comparison reads of a saved audit's report (an AuditReport). */
export interface BaselineBefore {
  headline: {
    timeToFirstResponse: Summary;
    timeToResolution: Summary;
    firstContactResolution: { rate: number | null };
    reassignmentRate: number | null;
    reopenRate: number | null;
  };
}

/** What the comparison reads of the live metrics report (a MetricsReport, or GET /v1/metrics as JSON). */
export interface BaselineAfter {
  headline: {
    timeToFirstHumanResponse: Summary;
    resolutionTime: { escalated: Summary };
    firstContactResolution: { rate: number | null };
  };
  rates: { rerouteRate: number | null; reopenRate: number | null };
}

export function compareWithBaseline(baseline: BaselineBefore, metrics: BaselineAfter): BaselineRow[] {
  const before = baseline.headline;
  const after = metrics.headline;
  const rates = metrics.rates;
  const row =
    (kind: BaselineRow['kind'], better: BaselineRow['better']) =>
    (id: BaselineMeasure, measure: string, b: number | null, a: number | null): BaselineRow => ({
      id,
      measure,
      before: b,
      after: a,
      kind,
      better,
    });
  const duration = row('duration', 'lower');
  const lowerRate = row('rate', 'lower');
  const higherRate = row('rate', 'higher');
  const first = after.timeToFirstHumanResponse;
  const resolution = after.resolutionTime.escalated;
  return [
    duration(
      'firstResponseMedian',
      'time to first response, median',
      before.timeToFirstResponse.median,
      first.median,
    ),
    duration('firstResponseP90', 'time to first response, p90', before.timeToFirstResponse.p90, first.p90),
    duration(
      'firstResponseMean',
      'time to first response, mean',
      before.timeToFirstResponse.mean,
      first.mean,
    ),
    duration(
      'resolutionMedian',
      'time to resolution, median',
      before.timeToResolution.median,
      resolution.median,
    ),
    duration('resolutionP90', 'time to resolution, p90', before.timeToResolution.p90, resolution.p90),
    duration('resolutionMean', 'time to resolution, mean', before.timeToResolution.mean, resolution.mean),
    higherRate(
      'firstContactResolution',
      'first-contact resolution',
      before.firstContactResolution.rate,
      after.firstContactResolution.rate,
    ),
    lowerRate('reassignmentRate', 'reassignment (reroute) rate', before.reassignmentRate, rates.rerouteRate),
    lowerRate('reopenRate', 'reopen rate', before.reopenRate, rates.reopenRate),
  ];
}

/** After minus before, and whether that is an improvement; null when either side has no value. */
export function changeOf(row: BaselineRow): { delta: number; direction: 'better' | 'worse' | 'same' } | null {
  if (row.before === null || row.after === null) {
    return null;
  }
  const delta = row.after - row.before;
  if (delta === 0) {
    return { delta, direction: 'same' };
  }
  const improved = row.better === 'lower' ? delta < 0 : delta > 0;
  return { delta, direction: improved ? 'better' : 'worse' };
}

/** The comparison as an aligned table for the terminal. */
export function formatBaselineTable(name: string, rows: readonly BaselineRow[]): string {
  const show = (row: BaselineRow, value: number | null) =>
    row.kind === 'duration' ? humanDuration(value) : percent(value);
  const change = (row: BaselineRow) => {
    const found = changeOf(row);
    if (found === null) {
      return '-';
    }
    const { delta } = found;
    const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
    return row.kind === 'duration'
      ? `${sign}${humanDuration(Math.abs(delta))}`
      : `${sign}${(Math.abs(delta) * 100).toFixed(1)} pt`;
  };
  const body = rows.map((row) => [row.measure, show(row, row.before), show(row, row.after), change(row)]);
  return `${tableLines(['measure', `before (${name})`, 'after (now)', 'change'], body, false).join('\n')}\n`;
}
