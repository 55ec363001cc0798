// What the metrics charts draw from the API's answer, and the drill from a point to its escalations.
import { describe, expect, it } from 'vitest';
import { chartData, drillRange, flatten, type Headline, type MetricsAnswer } from './metrics';

const headline = (median: number | null, rate: number | null): Headline => ({
  timeToFirstHumanResponse: { median, p90: null, mean: null, count: 1 },
  resolutionTime: {
    escalated: { median: median === null ? null : median * 2, p90: null, mean: null, count: 1 },
    notEscalated: { median: null, p90: null, mean: null, count: 0 },
  },
  firstContactResolution: { rate, count: 1 },
});

const answer: MetricsAnswer = {
  from: '2026-11-16T00:00:00.000Z',
  to: '2026-11-18T12:00:00.000Z',
  tz: 'UTC',
  interval: 'day',
  groupBy: null,
  headline: headline(3_600_000, 0.5),
  backlog: { open: 4, byTeam: { desk: 3 } },
  series: [
    { at: '2026-11-17T00:00:00.000Z', headline: headline(null, null) },
    { at: '2026-11-16T00:00:00.000Z', headline: headline(5_400_000, 0.25) },
    { at: '2026-11-18T00:00:00.000Z', headline: headline(1_800_000, 1) },
  ],
};

describe('metrics charts', () => {
  it('draws hours and percentages in time order, gaps as null', () => {
    const data = chartData(answer);
    expect(data.xs).toEqual(
      [Date.UTC(2026, 10, 16), Date.UTC(2026, 10, 17), Date.UTC(2026, 10, 18)].map((ms) => ms / 1000),
    );
    expect(data.ttfhr).toEqual([1.5, null, 0.5]);
    expect(data.resolution).toEqual([3, null, 1]);
    expect(data.fcr).toEqual([25, null, 100]);
  });

  it('reads the headline numbers on the point itself, as GET /v1/metrics gives them', () => {
    const flat = {
      ...answer,
      series: answer.series.map(({ at, headline: numbers }) => ({ at, ...numbers, escalations: 1 })),
    };
    expect(chartData(flat)).toEqual(chartData(answer));
  });

  it('drills from a point to the escalations opened in its interval', () => {
    expect(drillRange(answer, 0)).toEqual({
      openedAfter: '2026-11-16T00:00:00.000Z',
      openedBefore: '2026-11-17T00:00:00.000Z',
    });
    expect(drillRange(answer, 2)).toEqual({
      openedAfter: '2026-11-18T00:00:00.000Z',
      openedBefore: '2026-11-18T12:00:00.000Z',
    });
    expect(drillRange(answer, 9)).toBeNull();
  });

  it('lists the numbers of a section for its table', () => {
    expect(flatten(answer.backlog)).toEqual([
      ['open', 4],
      ['byTeam.desk', 3],
    ]);
  });
});
