// Calibration: per task type and risk level, the lowest confidence threshold whose miss rate is shown, with 95 %
// confidence, to stay under the risk level's target.
import type { Risk } from '../playbook/schema.js';
import { clopperPearsonUpper, trialsNeeded } from './clopper-pearson.js';

/** The target when a risk level sets no `max_miss_rate`. */
export const DEFAULT_MAX_MISS_RATE = 0.05;

/** One conversation as calibration sees it. */
export interface CalibrationCase {
  taskType: string | null;
  risk: string;
  /** The lowest confidence the AI sent on any turn (a threshold keeps the conversation only if every turn clears it). */
  confidence: number | null;
  /** True when no turn was escalated or sent for approval. */
  kept: boolean;
  /** For a kept conversation with a reported outcome: did it later need a person? Null when not reported. */
  missed: boolean | null;
}

export type CalibrationStatus = 'calibrated' | 'not_enough_data' | 'no_safe_threshold';

export interface CalibrationGroup {
  /** The task type with its own threshold in the playbook, or null for the risk level's other task types. */
  taskType: string | null;
  risk: string;
  target: number;
  /** What the playbook says now. */
  currentThreshold: number | null;
  /** The proposed threshold; null unless calibrated. */
  threshold: number | null;
  status: CalibrationStatus;
  /** Conversations of this group with a confidence. */
  conversations: number;
  /** Kept conversations with a reported outcome: the evidence. */
  samples: number;
  /** Kept conversations with an outcome that a threshold of 0 would keep, and of them the misses. */
  misses: number;
  /** Fewest samples, all without a miss, that could show the target. */
  needed: number;
  /** At the proposed threshold (or, when none, over every sample): the share the AI keeps. */
  coverage: number | null;
  /** Observed misses / samples at the threshold. */
  missRate: number | null;
  /** The one-sided 95 % Clopper–Pearson upper bound on the miss rate at the threshold. */
  missRateBound: number | null;
  /** Samples and misses at the threshold. */
  samplesAtThreshold: number;
  missesAtThreshold: number;
  message: string;
}

export interface CalibrationOptions {
  /** Thresholds tried, strictest first (default 0.99 down to 0.50 by 0.01). */
  thresholds?: readonly number[];
  confidence?: number;
}

export const defaultThresholds: readonly number[] = Array.from({ length: 50 }, (_, i) => (99 - i) / 100);

const groupKey = (taskType: string | null, risk: string) => `${risk}\u0000${taskType ?? ''}`;

/**
 * Groups the conversations as the playbook's risk table applies thresholds: a task type with its own threshold
 * at its own level is a group; every other conversation counts for its risk level.
 */
export function calibrate(
  risk: Risk,
  cases: readonly CalibrationCase[],
  options: CalibrationOptions = {},
): CalibrationGroup[] {
  const thresholds = options.thresholds ?? defaultThresholds;
  const confidence = options.confidence ?? 0.95;
  const ownTask = new Map(
    Object.entries(risk.tasks ?? {})
      .filter(([, task]) => task.threshold !== undefined)
      .map(([type, task]) => [type.toLowerCase(), task]),
  );
  const order = risk.order ?? Object.keys(risk.levels);
  const rankOf = (level: string) => (order.includes(level) ? order.indexOf(level) : order.length);
  const groups = new Map<string, { taskType: string | null; risk: string; cases: CalibrationCase[] }>();
  for (const item of cases) {
    const task = item.taskType === null ? undefined : ownTask.get(item.taskType.toLowerCase());
    const taskType = task !== undefined && task.risk === item.risk ? (item.taskType as string) : null;
    const key = groupKey(taskType, item.risk);
    let group = groups.get(key);
    if (group === undefined) {
      group = { taskType, risk: item.risk, cases: [] };
      groups.set(key, group);
    }
    group.cases.push(item);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        rankOf(a.risk) - rankOf(b.risk) ||
        a.risk.localeCompare(b.risk) ||
        (a.taskType ?? '').localeCompare(b.taskType ?? ''),
    )
    .map((group) => {
      const level = risk.levels[group.risk];
      const target = level?.max_miss_rate ?? DEFAULT_MAX_MISS_RATE;
      const current =
        (group.taskType === null ? undefined : ownTask.get(group.taskType.toLowerCase())?.threshold) ??
        level?.threshold ??
        null;
      return calibrateGroup(group.taskType, group.risk, target, current, group.cases, thresholds, confidence);
    });
}

function calibrateGroup(
  taskType: string | null,
  risk: string,
  target: number,
  currentThreshold: number | null,
  cases: readonly CalibrationCase[],
  thresholds: readonly number[],
  confidence: number,
): CalibrationGroup {
  const withConfidence = cases.filter((item) => item.confidence !== null);
  const samples = withConfidence.filter((item) => item.kept && item.missed !== null);
  const needed = trialsNeeded(target, confidence);
  const at = (threshold: number) => {
    const kept = samples.filter((item) => (item.confidence ?? 0) >= threshold);
    return { n: kept.length, k: kept.filter((item) => item.missed === true).length };
  };
  const lowestSeen = Math.min(...samples.map((item) => item.confidence ?? 1));
  let chosen: { threshold: number; n: number; k: number; bound: number } | null = null;
  let failed: { threshold: number; n: number; k: number; bound: number } | null = null;
  for (const threshold of thresholds) {
    // Below the lowest confidence seen, every threshold keeps the same samples: nothing more is learned.
    const { n, k } = at(threshold);
    // Too few samples to pass even without a miss: skipped, not failed. Whether a threshold is tested depends
    // only on how many samples it keeps, never on their outcomes, so the sequence keeps its 95 % guarantee.
    if (n < needed) {
      continue;
    }
    const bound = clopperPearsonUpper(k, n, confidence);
    if (bound >= target) {
      failed = { threshold, n, k, bound };
      break;
    }
    chosen = { threshold, n, k, bound };
    // Past the lowest confidence seen, every threshold keeps the same samples: nothing more is learned, so the
    // proposal goes at most one grid step below the evidence.
    if (threshold <= lowestSeen + 1e-9) {
      break;
    }
  }
  if (chosen !== null) {
    // Thresholds between the chosen one and the lowest confidence it keeps keep the very same samples: the
    // proposal is the strictest of them, so it never reaches into a gap the data does not cover.
    const pass = chosen;
    const lowestKept = Math.min(
      ...samples
        .filter((item) => (item.confidence ?? 0) >= pass.threshold)
        .map((item) => item.confidence ?? 1),
    );
    chosen = { ...pass, threshold: thresholds.find((t) => t <= lowestKept + 1e-9) ?? pass.threshold };
  }
  const misses = samples.filter((item) => item.missed === true).length;
  const coverageAt = (threshold: number) =>
    withConfidence.length === 0
      ? null
      : withConfidence.filter((item) => (item.confidence ?? 0) >= threshold).length / withConfidence.length;
  const base = {
    taskType,
    risk,
    target,
    currentThreshold,
    conversations: withConfidence.length,
    samples: samples.length,
    misses,
    needed,
  };
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  if (chosen !== null) {
    return {
      ...base,
      threshold: chosen.threshold,
      status: 'calibrated',
      coverage: coverageAt(chosen.threshold),
      missRate: chosen.k / chosen.n,
      missRateBound: chosen.bound,
      samplesAtThreshold: chosen.n,
      missesAtThreshold: chosen.k,
      message:
        `at confidence ≥ ${chosen.threshold.toFixed(2)}: ${chosen.k} of ${chosen.n} kept conversations needed a ` +
        `person; the miss rate is under ${percent(chosen.bound)} with ${percent(confidence)} confidence ` +
        `(target ${percent(target)})`,
    };
  }
  if (failed !== null) {
    return {
      ...base,
      threshold: null,
      status: 'no_safe_threshold',
      coverage: coverageAt(failed.threshold),
      missRate: failed.k / failed.n,
      missRateBound: failed.bound,
      samplesAtThreshold: failed.n,
      missesAtThreshold: failed.k,
      message:
        `even at confidence ≥ ${failed.threshold.toFixed(2)}, ${failed.k} of ${failed.n} kept conversations ` +
        `needed a person (bound ${percent(failed.bound)}, target ${percent(target)}): no threshold is shown safe`,
    };
  }
  return {
    ...base,
    threshold: null,
    status: 'not_enough_data',
    coverage: null,
    missRate: samples.length === 0 ? null : misses / samples.length,
    missRateBound: null,
    samplesAtThreshold: 0,
    missesAtThreshold: 0,
    message: `not enough data: ${samples.length} kept conversations with an outcome, at least ${needed} needed to show a miss rate under ${percent(target)}`,
  };
}
