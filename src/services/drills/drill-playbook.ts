// POST /v1/drills: decide past cases with a playbook version (YAML or stored), optionally against another.
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { z } from 'zod';
import type { Context } from '../../context.js';
import type { DrillReport } from '../../core/drills/drill-report.js';
import { type DrillVersion, makeDrillRun } from '../../core/drills/run-drill.js';
import { HandoffError } from '../../errors.js';
import { assertScope } from '../authorize.js';
import { parseInput } from '../parse-input.js';
import { drillVersionOf, storedPlaybookYaml } from './drill-version.js';

/** The most cases one request may drill; more are refused with 413 (the CLI has no limit). */
export const MAX_DRILL_CASES = 50_000;
/** The largest drill request body in bytes. */
export const MAX_DRILL_BODY_BYTES = 32 * 1024 * 1024;
/** Cases decided between two yields to the event loop, so a drill never stalls the node's other requests. */
const BATCH = 500;

const Version = z.union([z.literal('active'), z.number().int().min(1)]);

export const DrillInput = z.strictObject({
  /** The playbook to drill, as YAML; else `version`; else the active version. */
  playbook: z.string().min(1).optional(),
  version: Version.optional(),
  /** What to compare with: a stored version, 'active', or { yaml }. */
  against: z.union([Version, z.strictObject({ yaml: z.string().min(1) })]).optional(),
  cases: z.array(z.unknown()).min(1),
});
export type DrillInput = z.infer<typeof DrillInput>;

async function versionOf(
  ctx: Context,
  chosen: { yaml: string } | number | 'active',
  source: string,
  path: string,
): Promise<DrillVersion> {
  if (typeof chosen === 'object') {
    return drillVersionOf(chosen.yaml, source);
  }
  const row = await storedPlaybookYaml(ctx.store.db, chosen, path);
  return drillVersionOf(row.yaml, `playbook v${row.version}`, row.version);
}

/** Who may drill: admin keys. A transport may ask before it reads a large body. */
export const assertMayDrill = (ctx: Context): void => assertScope(ctx.actor, ['admin']);

/** Only reads: nothing is written, and a bad case is one of the report's failures, not an error. */
export async function drillPlaybook({ ctx, input }: { ctx: Context; input: unknown }): Promise<DrillReport> {
  assertMayDrill(ctx);
  const count = (input as { cases?: unknown } | null)?.cases;
  if (Array.isArray(count) && count.length > MAX_DRILL_CASES) {
    throw new HandoffError(
      'payload_too_large',
      `at most ${MAX_DRILL_CASES} cases a request (${count.length} sent): split them, or use handoff drill`,
      { path: 'cases' },
    );
  }
  const request = parseInput(DrillInput, input);
  if (request.playbook !== undefined && request.version !== undefined) {
    throw new HandoffError('bad_request', 'give playbook (YAML) or version, not both', { path: 'version' });
  }
  const version = await versionOf(
    ctx,
    request.playbook === undefined ? (request.version ?? 'active') : { yaml: request.playbook },
    'playbook',
    request.playbook === undefined ? 'version' : 'playbook',
  );
  const against =
    request.against === undefined ? null : await versionOf(ctx, request.against, 'against', 'against');
  const run = makeDrillRun(version, { now: ctx.clock(), against });
  for (let i = 0; i < request.cases.length; i += 1) {
    run.add({ line: i + 1, value: request.cases[i] });
    if ((i + 1) % BATCH === 0) {
      await yieldToEvents();
    }
  }
  return run.finish();
}
