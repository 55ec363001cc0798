// What one escalation adds to the metric rollups, and how rollup cells add up. A cell sums the escalations opened
// in one hour or one UTC day, of one team, with one value of a grouping; its parts are counts, sums and
// mergeable histograms (quantile-sketch.ts), so cells over any range of hours merge into that range's figures. Pure.
import type { EscalationFacts } from './escalation-facts.js';
import { type GroupKey, groupValueOf } from './metrics-report.js';
import {
  type Dist,
  type PackedDist,
  addDist,
  addDistInto,
  distOf,
  emptyDist,
  isZeroDist,
  packDist,
  trimDist,
  unpackDist,
} from './quantile-sketch.js';

/** What the headline metrics (and a group or a series point) need: per hour and per grouping. */
export interface HeadlinePart {
  n: number;
  fr: Dist;
  frb: Dist;
  res: Dist;
  /** Resolved by a person; of those, at first contact. */
  byPerson: number;
  fcr: number;
}

/** What the rest of the report needs over the whole range: rates, SLA, approvals, bottlenecks. */
export interface ExtraPart {
  finished: number;
  falseOnes: number;
  rerouted: number;
  reopened: number;
  handedBack: number;
  triggers: Record<string, number>;
  /** Per SLA clock: met, breached, and how many escalations have the clock at all. */
  sla: Record<string, [met: number, breached: number, seen: number]>;
  approvals: Dist;
  statusDwell: Record<string, Dist>;
  teamDwell: Record<string, Dist>;
}

/** The groupings kept besides team (team is every cell's own column). */
export const rollupDims = [
  'tier',
  'person',
  'trigger',
  'priority',
  'channel',
  'locale',
  'playbook_version',
] as const;
export type RollupDim = (typeof rollupDims)[number];

/**
 * Cell kinds: the headline of all a team's escalations (`all` in an hour cell, `total` in a day cell), the rest of
 * the report, or the headline of one group.
 */
export type CellDim = 'all' | 'total' | 'extra' | RollupDim;

/** The kind of the cell holding the headline of all a team's escalations, by grain. */
export const headlineDimOf = (grain: Grain): 'all' | 'total' => (grain === 'h' ? 'all' : 'total');
export type Grain = 'h' | 'd';

export interface CellId {
  grain: Grain;
  start: number;
  team: string;
  dim: CellDim;
  value: string;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const cellKeyOf = (id: CellId): string => `${id.grain}|${id.start}|${id.dim}|${id.team}|${id.value}`;

export const emptyHeadline = (): HeadlinePart => ({
  n: 0,
  fr: emptyDist(),
  frb: emptyDist(),
  res: emptyDist(),
  byPerson: 0,
  fcr: 0,
});

export const emptyExtra = (): ExtraPart => ({
  finished: 0,
  falseOnes: 0,
  rerouted: 0,
  reopened: 0,
  handedBack: 0,
  triggers: {},
  sla: {},
  approvals: emptyDist(),
  statusDwell: {},
  teamDwell: {},
});

/** Whether facts no longer change with time: resolved, so their dwell ends at the resolution. Only these are rolled up. */
export const isSettled = (facts: EscalationFacts): boolean => facts.resolvedAt !== null;

export function headlineOfFacts(facts: EscalationFacts): HeadlinePart {
  const part = emptyHeadline();
  part.n = 1;
  if (facts.firstResponseMs !== null) {
    part.fr = distOf(facts.firstResponseMs);
    part.frb = distOf(facts.firstResponseBusinessMs ?? facts.firstResponseMs);
  }
  if (facts.resolutionMs !== null) {
    part.res = distOf(facts.resolutionMs);
  }
  if (facts.firstContactResolution !== null) {
    part.byPerson = 1;
    part.fcr = facts.firstContactResolution ? 1 : 0;
  }
  return part;
}

/** The dwell of each status and team up to the end (its resolution; `now` while open), as the report counts it. */
export function dwellsOf(
  facts: EscalationFacts,
  now: number,
): { statusDwell: Record<string, number>; teamDwell: Record<string, number> } {
  const statusDwell = { ...facts.statusDwell };
  const teamDwell = { ...facts.teamDwell };
  const end = facts.resolvedAt ?? now;
  if (facts.category !== 'done') {
    statusDwell[facts.status] = (statusDwell[facts.status] ?? 0) + Math.max(0, end - facts.statusSince);
  }
  teamDwell[facts.team] = (teamDwell[facts.team] ?? 0) + Math.max(0, end - facts.teamSince);
  return { statusDwell, teamDwell };
}

export function extraOfFacts(facts: EscalationFacts, now: number): ExtraPart {
  const part = emptyExtra();
  part.finished = facts.outcome === null ? 0 : 1;
  part.falseOnes = facts.outcome === 'false_escalation' ? 1 : 0;
  part.rerouted = facts.reroutes > 0 ? 1 : 0;
  part.reopened = facts.reopens > 0 ? 1 : 0;
  part.handedBack = facts.handedBack ? 1 : 0;
  part.triggers[facts.trigger] = 1;
  for (const [metric, state] of Object.entries(facts.sla)) {
    part.sla[metric] = [state === 'met' ? 1 : 0, state === 'breached' ? 1 : 0, 1];
  }
  if (facts.approvalRequestedAt !== null && facts.approvalDecidedAt !== null) {
    part.approvals = distOf(facts.approvalDecidedAt - facts.approvalRequestedAt);
  }
  const { statusDwell, teamDwell } = dwellsOf(facts, now);
  for (const [status, ms] of Object.entries(statusDwell)) {
    part.statusDwell[status] = distOf(ms);
  }
  for (const [team, ms] of Object.entries(teamDwell)) {
    part.teamDwell[team] = distOf(ms);
  }
  return part;
}

export function addHeadline(a: HeadlinePart, b: HeadlinePart, sign: 1 | -1 = 1): HeadlinePart {
  return {
    n: a.n + sign * b.n,
    fr: addDist(a.fr, b.fr, sign),
    frb: addDist(a.frb, b.frb, sign),
    res: addDist(a.res, b.res, sign),
    byPerson: a.byPerson + sign * b.byPerson,
    fcr: a.fcr + sign * b.fcr,
  };
}

function addCounts(
  a: Record<string, number>,
  b: Record<string, number>,
  sign: 1 | -1,
): Record<string, number> {
  const sum = { ...a };
  for (const [key, count] of Object.entries(b)) {
    const next = (sum[key] ?? 0) + sign * count;
    if (next === 0) {
      delete sum[key];
    } else {
      sum[key] = next;
    }
  }
  return sum;
}

function addDists(a: Record<string, Dist>, b: Record<string, Dist>, sign: 1 | -1): Record<string, Dist> {
  const sum = { ...a };
  for (const [key, dist] of Object.entries(b)) {
    const next = addDist(sum[key] ?? emptyDist(), dist, sign);
    if (isZeroDist(next)) {
      delete sum[key];
    } else {
      sum[key] = next;
    }
  }
  return sum;
}

export function addExtra(a: ExtraPart, b: ExtraPart, sign: 1 | -1 = 1): ExtraPart {
  const sla = { ...a.sla };
  for (const [metric, [met, breached, seen]] of Object.entries(b.sla)) {
    const [oldMet, oldBreached, oldSeen] = sla[metric] ?? [0, 0, 0];
    const next: [number, number, number] = [
      oldMet + sign * met,
      oldBreached + sign * breached,
      oldSeen + sign * seen,
    ];
    if (next[0] === 0 && next[1] === 0 && next[2] === 0) {
      delete sla[metric];
    } else {
      sla[metric] = next;
    }
  }
  return {
    finished: a.finished + sign * b.finished,
    falseOnes: a.falseOnes + sign * b.falseOnes,
    rerouted: a.rerouted + sign * b.rerouted,
    reopened: a.reopened + sign * b.reopened,
    handedBack: a.handedBack + sign * b.handedBack,
    triggers: addCounts(a.triggers, b.triggers, sign),
    sla,
    approvals: addDist(a.approvals, b.approvals, sign),
    statusDwell: addDists(a.statusDwell, b.statusDwell, sign),
    teamDwell: addDists(a.teamDwell, b.teamDwell, sign),
  };
}

/** The value an escalation has for a rollup grouping (as the report groups it). */
export const dimValueOf = (facts: EscalationFacts, dim: RollupDim): string =>
  groupValueOf(facts, dim satisfies GroupKey);

export interface CellDelta {
  id: CellId;
  headline: HeadlinePart | null;
  extra: ExtraPart | null;
}

function addHeadlineInto(target: HeadlinePart, b: HeadlinePart, sign: 1 | -1): void {
  target.n += sign * b.n;
  target.byPerson += sign * b.byPerson;
  target.fcr += sign * b.fcr;
  addDistInto(target.fr, b.fr, sign);
  addDistInto(target.frb, b.frb, sign);
  addDistInto(target.res, b.res, sign);
}

function addDistsInto(target: Record<string, Dist>, b: Record<string, Dist>, sign: 1 | -1): void {
  for (const [key, dist] of Object.entries(b)) {
    addDistInto((target[key] ??= emptyDist()), dist, sign);
  }
}

function addExtraInto(target: ExtraPart, b: ExtraPart, sign: 1 | -1): void {
  target.finished += sign * b.finished;
  target.falseOnes += sign * b.falseOnes;
  target.rerouted += sign * b.rerouted;
  target.reopened += sign * b.reopened;
  target.handedBack += sign * b.handedBack;
  for (const [key, count] of Object.entries(b.triggers)) {
    target.triggers[key] = (target.triggers[key] ?? 0) + sign * count;
  }
  for (const [metric, [met, breached, seen]] of Object.entries(b.sla)) {
    const sum = (target.sla[metric] ??= [0, 0, 0]);
    sum[0] += sign * met;
    sum[1] += sign * breached;
    sum[2] += sign * seen;
  }
  addDistInto(target.approvals, b.approvals, sign);
  addDistsInto(target.statusDwell, b.statusDwell, sign);
  addDistsInto(target.teamDwell, b.teamDwell, sign);
}

/** A headline summed in place, trimmed: zero histogram ends dropped. */
function trimHeadline(part: HeadlinePart): HeadlinePart {
  trimDist(part.fr);
  trimDist(part.frb);
  trimDist(part.res);
  return part;
}

/** An extra part summed in place, trimmed: zero counts and empty distributions dropped, as addExtra leaves them. */
function trimExtra(part: ExtraPart): ExtraPart {
  const dists = (record: Record<string, Dist>) =>
    Object.fromEntries(
      Object.entries(record)
        .map(([key, dist]) => [key, trimDist(dist)] as const)
        .filter(([, dist]) => !isZeroDist(dist)),
    );
  return {
    ...part,
    triggers: Object.fromEntries(Object.entries(part.triggers).filter(([, count]) => count !== 0)),
    sla: Object.fromEntries(Object.entries(part.sla).filter(([, counts]) => counts.some((c) => c !== 0))),
    approvals: trimDist(part.approvals),
    statusDwell: dists(part.statusDwell),
    teamDwell: dists(part.teamDwell),
  };
}

/**
 * Sums what some settled escalations add (sign 1) or take away (sign -1) per cell: for each, its hour and its
 * UTC day × team × (all, extra, and each grouping's value). Sums in place, so a bulk of escalations costs O(1)
 * per escalation and cell.
 */
export function makeRollupDeltas() {
  const cells = new Map<string, CellDelta>();
  // The id object is made only for a new cell: a bulk of escalations mostly touches cells already there.
  const touch = (grain: Grain, start: number, team: string, dim: CellDim, value: string): CellDelta => {
    const key = `${grain}|${start}|${dim}|${team}|${value}`;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { id: { grain, start, team, dim, value }, headline: null, extra: null };
      cells.set(key, cell);
    }
    return cell;
  };
  return {
    add(facts: EscalationFacts, sign: 1 | -1): void {
      const headline = headlineOfFacts(facts);
      const extra = extraOfFacts(facts, facts.resolvedAt ?? facts.openedAt);
      const values = rollupDims.map((dim) => dimValueOf(facts, dim));
      const { team } = facts;
      for (const grain of ['h', 'd'] as const) {
        const size = grain === 'h' ? HOUR_MS : DAY_MS;
        const start = Math.floor(facts.openedAt / size) * size;
        const all = touch(grain, start, team, headlineDimOf(grain), '');
        addHeadlineInto((all.headline ??= emptyHeadline()), headline, sign);
        const rest = touch(grain, start, team, 'extra', '');
        addExtraInto((rest.extra ??= emptyExtra()), extra, sign);
        rollupDims.forEach((dim, i) => {
          const cell = touch(grain, start, team, dim, values[i] ?? '');
          addHeadlineInto((cell.headline ??= emptyHeadline()), headline, sign);
        });
      }
    },
    /** The cells that change, in key order (the order rows are locked in, so two writers never deadlock). */
    changed(): CellDelta[] {
      return [...cells.entries()]
        .map(([key, cell]) => {
          const headline = cell.headline === null ? null : trimHeadline(cell.headline);
          const extra = cell.extra === null ? null : trimExtra(cell.extra);
          return [key, { id: cell.id, headline, extra }] as const;
        })
        .filter(([, cell]) => !isZeroHeadline(cell.headline) || !isZeroExtra(cell.extra))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, cell]) => cell);
    },
  };
}

const isZeroHeadline = (part: HeadlinePart | null): boolean =>
  part === null ||
  (part.n === 0 &&
    part.byPerson === 0 &&
    part.fcr === 0 &&
    isZeroDist(part.fr) &&
    isZeroDist(part.frb) &&
    isZeroDist(part.res));

const isZeroExtra = (part: ExtraPart | null): boolean =>
  part === null ||
  (part.finished === 0 &&
    part.falseOnes === 0 &&
    part.rerouted === 0 &&
    part.reopened === 0 &&
    part.handedBack === 0 &&
    Object.keys(part.triggers).length === 0 &&
    Object.keys(part.sla).length === 0 &&
    isZeroDist(part.approvals) &&
    Object.keys(part.statusDwell).length === 0 &&
    Object.keys(part.teamDwell).length === 0);

/** What a new cell holds before anything is added. */
export const emptyCellData = (dim: CellDim): HeadlinePart | ExtraPart =>
  dim === 'extra' ? emptyExtra() : emptyHeadline();

/** A headline as a cell stores it (JSON): its distributions packed. */
export type StoredHeadline = Omit<HeadlinePart, 'fr' | 'frb' | 'res'> & {
  fr: PackedDist;
  frb: PackedDist;
  res: PackedDist;
};

/** An extra part as a cell stores it (JSON): its distributions packed. */
export type StoredExtra = Omit<ExtraPart, 'approvals' | 'statusDwell' | 'teamDwell'> & {
  approvals: PackedDist;
  statusDwell: Record<string, PackedDist>;
  teamDwell: Record<string, PackedDist>;
};

const mapValues = <A, B>(record: Record<string, A>, fn: (value: A) => B): Record<string, B> => {
  const out: Record<string, B> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = fn(value);
  }
  return out;
};

export const packHeadline = (part: HeadlinePart): StoredHeadline => ({
  ...part,
  fr: packDist(part.fr),
  frb: packDist(part.frb),
  res: packDist(part.res),
});

export const unpackHeadline = (stored: StoredHeadline): HeadlinePart => ({
  ...stored,
  fr: unpackDist(stored.fr),
  frb: unpackDist(stored.frb),
  res: unpackDist(stored.res),
});

export const packExtra = (part: ExtraPart): StoredExtra => ({
  ...part,
  approvals: packDist(part.approvals),
  statusDwell: mapValues(part.statusDwell, packDist),
  teamDwell: mapValues(part.teamDwell, packDist),
});

export const unpackExtra = (stored: StoredExtra): ExtraPart => ({
  ...stored,
  approvals: unpackDist(stored.approvals),
  statusDwell: mapValues(stored.statusDwell, unpackDist),
  teamDwell: mapValues(stored.teamDwell, unpackDist),
});

/** A cell's data as stored (JSON): distributions packed. */
export const packCellData = (dim: CellDim, data: HeadlinePart | ExtraPart): StoredHeadline | StoredExtra =>
  dim === 'extra' ? packExtra(data as ExtraPart) : packHeadline(data as HeadlinePart);

/** A stored cell's data (as packCellData gave it) plus a delta: the new data and its escalation count. */
export function addCellData(
  dim: CellDim,
  stored: unknown,
  delta: CellDelta,
): { n: number; data: HeadlinePart | ExtraPart } {
  if (dim === 'extra') {
    const data = addExtra(
      stored === null ? emptyExtra() : unpackExtra(stored as StoredExtra),
      delta.extra ?? emptyExtra(),
    );
    return { n: 0, data };
  }
  const data = addHeadline(
    stored === null ? emptyHeadline() : unpackHeadline(stored as StoredHeadline),
    delta.headline ?? emptyHeadline(),
  );
  return { n: data.n, data };
}
