// Decides past cases with one playbook version (and, for a diff, with another) and summarises them.
import type { Decider } from '../decide/compile-playbook.js';
import { validateCase } from '../decide/validate-case.js';
import { isHandoffError } from '../../errors.js';
import type { DrillReport } from './drill-report.js';
import { makeDiff, makeFailures, makeSummary, toVerdict } from './summarise-drill.js';

/** One input item: a parsed case (with its `outcome` when known), or a line that did not parse. */
export type DrillInput = { line: number; value: unknown } | { line: number; error: string };

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

/** A drill fed one input at a time (so a server can yield between batches); never throws for a bad case. */
export function makeDrillRun(version: DrillVersion, options: DrillOptions) {
  const against = options.against ?? null;
  const summary = makeSummary();
  const beforeSummary = against === null ? null : makeSummary();
  const diff = against === null ? null : makeDiff();
  const failures = makeFailures();
  const every = options.progressEvery ?? 1_000;
  let done = 0;
  const fail = (line: number, message: string) => {
    failures.add(line, message);
    summary.fail();
    beforeSummary?.fail();
  };
  return {
    add(input: DrillInput): void {
      done += 1;
      if (options.onProgress !== undefined && done % every === 0) {
        options.onProgress(done);
      }
      if ('error' in input) {
        fail(input.line, input.error);
        return;
      }
      let value: Record<string, unknown>;
      try {
        value = validateCase(input.value) as Record<string, unknown>;
      } catch (error) {
        fail(input.line, isHandoffError(error) ? `invalid case: ${error.message}` : String(error));
        return;
      }
      const id = String(value.id);
      const outcome = typeof value.outcome === 'string' ? value.outcome : null;
      const now = caseTime(value, options.now);
      const after = toVerdict(version.decider.decide(value, now));
      summary.add(id, input.line, after, outcome);
      if (against !== null && beforeSummary !== null && diff !== null) {
        const before = toVerdict(against.decider.decide(value, now));
        beforeSummary.add(id, input.line, before, outcome);
        diff.add(id, input.line, before, after);
      }
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
