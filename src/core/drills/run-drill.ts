// Decides past cases with one playbook version (and, for a diff, with another) and summarises them.
import { type Decider, prepareCase } from '../decide/compile-playbook.js';
import { type CountingStore, makeMemoryCounterStore } from '../decide/counters.js';
import { isCaseInPlainShape, validateCase } from '../decide/validate-case.js';
import { isHandoffError } from '../../errors.js';
import type { DrillReport, DrillVerdict } from './drill-report.js';
import {
  type DiffPart,
  type FailuresPart,
  makeDiff,
  makeFailures,
  makeSummary,
  type SummaryPart,
  toVerdict,
} from './summarise-drill.js';

/** One input item: a parsed case (with its `outcome` when known), or a line that did not parse. */
export type DrillInput = { line: number; value: unknown } | { line: number; error: string };

/** One line of JSON Lines as a case: null when blank, else its value or why it is not JSON. */
export function readCaseLine(line: number, body: string): DrillInput | null {
  if (body.trim() === '') {
    return null;
  }
  try {
    return { line, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { line, error: `not valid JSON (${(error as Error).message})` };
  }
}

/**
 * Where a drill's version counts frequency triggers: every key of the input, never forgetting one (the input is held
 * in memory anyway). A store that forgot the oldest keys past a limit would forget them in an order that depends on
 * how the cases were split between threads, and threads would then count differently from one thread.
 */
export const drillCounterStore = (): CountingStore => makeMemoryCounterStore(Infinity);

export interface DrillVersion {
  name: string;
  version: number | null;
  decider: Decider;
}

export interface DrillOptions {
  /** The instant to decide at when a case carries no time of its own (ms). */
  now: number;
  against?: DrillVersion | null;
  /** Called every `progressEvery` cases with how many were done. */
  onProgress?: (done: number) => void;
  progressEvery?: number;
}

/** The latest `at` of the conversation, so windows (frequency triggers) see the case when it happened. */
function caseTime(value: Record<string, unknown>, fallback: number): number {
  const conversation = value.conversation;
  if (!Array.isArray(conversation)) {
    return fallback;
  }
  let latest = -Infinity;
  for (const message of conversation as unknown[]) {
    const at = (message as { at?: unknown } | null)?.at;
    if (typeof at === 'string') {
      const ms = Date.parse(at);
      if (ms > latest) {
        latest = ms;
      }
    }
  }
  return latest === -Infinity ? fallback : latest;
}

/** What deciding one input gave: its verdicts (the other version's too, for a diff), or why it could not be decided. */
export type DrillCaseResult =
  | { line: number; failure: string }
  | { line: number; id: string; outcome: string | null; after: DrillVerdict; before: DrillVerdict | null };

/** Decides one input at a time with a version (and the one compared with); never throws for a bad case. */
export function makeDrillDecider(
  version: DrillVersion,
  against: DrillVersion | null,
  now: number,
): (input: DrillInput) => DrillCaseResult {
  return (input) => {
    if ('error' in input) {
      return { line: input.line, failure: input.error };
    }
    let value: Record<string, unknown>;
    try {
      // The common case shape is checked by hand; zod (which names every bad field) only when that check fails.
      value = (isCaseInPlainShape(input.value) ? input.value : validateCase(input.value)) as Record<
        string,
        unknown
      >;
    } catch (error) {
      return {
        line: input.line,
        failure: isHandoffError(error) ? `invalid case: ${error.message}` : String(error),
      };
    }
    const at = caseTime(value, now);
    // Both versions read the one case: its text signals (the costly part) are derived once.
    const prepared = prepareCase(value);
    return {
      line: input.line,
      id: String(value.id),
      outcome: typeof value.outcome === 'string' ? value.outcome : null,
      after: toVerdict(version.decider.decideCase(prepared, at)),
      before: against === null ? null : toVerdict(against.decider.decideCase(prepared, at)),
    };
  };
}

/** What a tally has added up so far: plain data, so a worker thread can send it to be merged. */
export interface DrillPart {
  done: number;
  summary: SummaryPart;
  before: SummaryPart | null;
  diff: DiffPart | null;
  failures: FailuresPart;
}

/**
 * Adds up decided inputs (in any order: counts do not depend on it, and the examples kept are the first by line)
 * into the report; or merges the parts of tallies that each added up some of the inputs, which gives the same
 * report.
 */
export function makeDrillTally(
  version: Pick<DrillVersion, 'name' | 'version'>,
  options: Pick<DrillOptions, 'onProgress' | 'progressEvery'> & {
    against: Pick<DrillVersion, 'name' | 'version'> | null;
  },
) {
  const { against } = options;
  const summary = makeSummary();
  const beforeSummary = against === null ? null : makeSummary();
  const diff = against === null ? null : makeDiff();
  const failures = makeFailures();
  const every = options.progressEvery ?? 1_000;
  let done = 0;
  return {
    add(result: DrillCaseResult): void {
      done += 1;
      if (options.onProgress !== undefined && done % every === 0) {
        options.onProgress(done);
      }
      if ('failure' in result) {
        failures.add(result.line, result.failure);
        summary.fail();
        beforeSummary?.fail();
        return;
      }
      summary.add(result.id, result.line, result.after, result.outcome);
      if (result.before !== null && beforeSummary !== null && diff !== null) {
        beforeSummary.add(result.id, result.line, result.before, result.outcome);
        diff.add(result.id, result.line, result.before, result.after);
      }
    },
    part: (): DrillPart => ({
      done,
      summary: summary.part(),
      before: beforeSummary?.part() ?? null,
      diff: diff?.part() ?? null,
      failures: failures.part(),
    }),
    merge(part: DrillPart): void {
      done += part.done;
      summary.merge(part.summary);
      if (part.before !== null) {
        beforeSummary?.merge(part.before);
      }
      if (part.diff !== null) {
        diff?.merge(part.diff);
      }
      failures.merge(part.failures);
    },
    finish(): DrillReport {
      options.onProgress?.(done);
      return {
        playbook: { name: version.name, version: version.version },
        against: against === null ? null : { name: against.name, version: against.version },
        summary: summary.finish(),
        failures: failures.finish(),
        diff: diff === null || beforeSummary === null ? null : diff.finish(beforeSummary.finish()),
      };
    },
  };
}

/** A drill fed one input at a time (so a server can yield between batches); never throws for a bad case. */
export function makeDrillRun(version: DrillVersion, options: DrillOptions) {
  const against = options.against ?? null;
  const decide = makeDrillDecider(version, against, options.now);
  const tally = makeDrillTally(version, { ...options, against });
  return {
    add: (input: DrillInput): void => tally.add(decide(input)),
    finish: (): DrillReport => tally.finish(),
  };
}

/** Drills every input at once. */
export function runDrill(
  version: DrillVersion,
  inputs: Iterable<DrillInput>,
  options: DrillOptions,
): DrillReport {
  const run = makeDrillRun(version, options);
  for (const input of inputs) {
    run.add(input);
  }
  return run.finish();
}
