// The metrics API's answer turned into what the charts draw: one series per headline number over time, durations in
// hours, and the instant range behind each point (for the drill to the escalations).

export interface DurationStats {
  median: number | null;
  p90: number | null;
  mean: number | null;
  count: number;
}

export interface Headline {
  timeToFirstHumanResponse: DurationStats & { businessMedian?: number | null };
  resolutionTime: { escalated: DurationStats; notEscalated: DurationStats };
  firstContactResolution: { rate: number | null; count: number };
}

export interface MetricsAnswer {
  from: string;
  to: string;
  tz: string;
  interval: 'day' | 'hour';
  groupBy: string | null;
  headline: Headline;
  rates?: unknown;
  sla?: unknown;
  backlog?: unknown;
  bottlenecks?: unknown;
  groups?: Array<MetricsPoint & { key: string }>;
  series: Array<MetricsPoint & { at: string }>;
}

/** A point of a series or a group: GET /v1/metrics gives the headline numbers on the point itself. */
export type MetricsPoint = Partial<Headline> & { headline?: Headline };

/** The headline numbers of a point, whether they sit on it or under `headline`. */
export const headlineOf = (point: MetricsPoint): Partial<Headline> => point.headline ?? point;

export interface ChartData {
  /** Seconds since the epoch, as uPlot wants them. */
  xs: number[];
  ttfhr: Array<number | null>;
  resolution: Array<number | null>;
  fcr: Array<number | null>;
}

const hours = (ms: number | null | undefined): number | null =>
  ms === null || ms === undefined ? null : Math.round((ms / 3_600_000) * 100) / 100;

export function chartData(answer: MetricsAnswer): ChartData {
  const points = [...answer.series].sort((a, b) => a.at.localeCompare(b.at));
  return {
    xs: points.map((point) => Date.parse(point.at) / 1000),
    ttfhr: points.map((point) => hours(headlineOf(point).timeToFirstHumanResponse?.median)),
    resolution: points.map((point) => hours(headlineOf(point).resolutionTime?.escalated?.median)),
    fcr: points.map((point) => {
      const rate = headlineOf(point).firstContactResolution?.rate;
      return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
    }),
  };
}

/** The escalations behind point `index`: opened from its instant to the next point's (or the range's end). */
export function drillRange(
  answer: MetricsAnswer,
  index: number,
): { openedAfter: string; openedBefore: string } | null {
  const points = [...answer.series].sort((a, b) => a.at.localeCompare(b.at));
  const point = points[index];
  if (point === undefined) {
    return null;
  }
  const step = answer.interval === 'hour' ? 3_600_000 : 86_400_000;
  const start = Date.parse(point.at);
  const next = points[index + 1];
  const end = next === undefined ? Math.min(start + step, Date.parse(answer.to)) : Date.parse(next.at);
  return { openedAfter: new Date(start).toISOString(), openedBefore: new Date(end).toISOString() };
}

/** Every number inside a section of the answer, as `a.b.c` paths, for the tables beside the charts. */
export function flatten(value: unknown, prefix = ''): Array<[string, number | string]> {
  if (typeof value === 'number' || typeof value === 'string') {
    return [[prefix, value]];
  }
  if (value === null || typeof value !== 'object') {
    return [];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    flatten(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}
