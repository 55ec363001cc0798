// Shadow mode: a candidate playbook version decides beside the active one on every evaluation, never acted on;
// set it, clear it, compare the two, and promote it with one call.
import { z } from 'zod';
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { lockPlaybookVersions } from '../../store/queries/lock-playbook-versions.js';
import { selectActivePlaybookVersion } from '../../store/queries/select-active-playbook-version.js';
import { selectPlaybookVersionExists } from '../../store/queries/select-playbook-version-exists.js';
import { selectShadowCounts } from '../../store/queries/select-shadow-counts.js';
import { selectShadowDisagreements } from '../../store/queries/select-shadow-disagreements.js';
import { selectShadowPlaybookVersion } from '../../store/queries/select-shadow-playbook-version.js';
import { upsertShadowPlaybookVersion } from '../../store/queries/upsert-shadow-playbook-version.js';
import { assertScope } from '../authorize.js';
import { parseInput } from '../parse-input.js';
import { setActive } from './playbook-versions.js';
import { invalidateShadow } from './shadow-playbook.js';

export interface ShadowSetting {
  /** The version deciding in shadow, or null. */
  version: number | null;
  active: number | null;
}

const VersionInput = z.strictObject({ version: z.number().int().min(1) });

export async function getShadow({ ctx }: { ctx: Context }): Promise<ShadowSetting> {
  assertScope(ctx.actor, ['admin']);
  return {
    version: await selectShadowPlaybookVersion(ctx.store.db),
    active: await selectActivePlaybookVersion(ctx.store.db),
  };
}

/** The version must be stored and must not be the active one. */
export async function setShadow({ ctx, input }: { ctx: Context; input: unknown }): Promise<ShadowSetting> {
  assertScope(ctx.actor, ['admin']);
  const { version } = parseInput(VersionInput, input);
  const setting = await ctx.store.transaction(async (trx) => {
    await lockPlaybookVersions(trx);
    if (!(await selectPlaybookVersionExists(trx, version))) {
      throw new HandoffError('not_found', `no playbook version ${version}`, { path: 'version' });
    }
    const active = await selectActivePlaybookVersion(trx);
    if (active === version) {
      throw new HandoffError('conflict', `version ${version} is the active version: shadow another one`, {
        path: 'version',
      });
    }
    await upsertShadowPlaybookVersion(trx, version);
    return { version, active };
  });
  invalidateShadow(ctx.store);
  return setting;
}

export async function clearShadow({ ctx }: { ctx: Context }): Promise<ShadowSetting> {
  assertScope(ctx.actor, ['admin']);
  await upsertShadowPlaybookVersion(ctx.store.db, null);
  invalidateShadow(ctx.store);
  return { version: null, active: await selectActivePlaybookVersion(ctx.store.db) };
}

/** Activates the shadow version and clears shadow, in one transaction. */
export async function promoteShadow({ ctx }: { ctx: Context }): Promise<ShadowSetting> {
  assertScope(ctx.actor, ['admin']);
  const promoted = await ctx.store.transaction(async (trx) => {
    await lockPlaybookVersions(trx);
    const version = await selectShadowPlaybookVersion(trx);
    if (version === null) {
      throw new HandoffError(
        'conflict',
        'no version runs in shadow: set one first (PUT /v1/playbook/shadow)',
      );
    }
    await setActive(trx, version, ctx.clock());
    await upsertShadowPlaybookVersion(trx, null);
    return version;
  });
  invalidateShadow(ctx.store);
  return { version: null, active: promoted };
}

export const ShadowReportInput = z.strictObject({
  /** ISO instants; by default the last 7 days up to now. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** The candidate version to report on; by default the one in shadow now. */
  version: z.coerce.number().int().min(1).optional(),
});

const EXAMPLES = 20;
const WEEK_MS = 7 * 24 * 3_600_000;

export interface ShadowReport {
  candidateVersion: number;
  from: string;
  to: string;
  evaluations: number;
  /** Evaluations where action, route or priority differ, and each of them. */
  disagreements: number;
  action: number;
  route: number;
  priority: number;
  /** `active→candidate` action counts where they differ, e.g. `continue→escalate`. */
  actionChanges: Record<string, number>;
  escalationRate: { active: number | null; candidate: number | null };
  examples: {
    evaluationId: string;
    caseId: string;
    turn: number | null;
    at: string;
    activeVersion: number;
    active: { action: string; route: string | null; priority: string | null };
    candidate: { action: string; route: string | null; priority: string | null };
  }[];
}

export async function getShadowReport({
  ctx,
  input,
}: {
  ctx: Context;
  input: unknown;
}): Promise<ShadowReport> {
  assertScope(ctx.actor, ['admin']);
  const query = parseInput(ShadowReportInput, input ?? {});
  // By default up to and including this moment.
  const to = query.to === undefined ? ctx.clock() + 1 : Date.parse(query.to);
  const from = query.from === undefined ? to - WEEK_MS : Date.parse(query.from);
  if (from >= to) {
    throw new HandoffError('bad_request', 'from must be before to', { path: 'from' });
  }
  const candidateVersion = query.version ?? (await selectShadowPlaybookVersion(ctx.store.db));
  if (candidateVersion === null) {
    throw new HandoffError(
      'not_found',
      'no version runs in shadow: give ?version=N to report on an earlier one',
      {
        path: 'version',
      },
    );
  }
  const range = { candidateVersion, from, to };
  const counts = await selectShadowCounts(ctx.store.db, range);
  const report: ShadowReport = {
    candidateVersion,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    evaluations: 0,
    disagreements: 0,
    action: 0,
    route: 0,
    priority: 0,
    actionChanges: {},
    escalationRate: { active: null, candidate: null },
    examples: [],
  };
  let activeHanded = 0;
  let candidateHanded = 0;
  for (const row of counts) {
    report.evaluations += row.count;
    activeHanded += row.active_action === 'continue' ? 0 : row.count;
    candidateHanded += row.candidate_action === 'continue' ? 0 : row.count;
    const action = row.active_action !== row.candidate_action;
    const route = row.active_route !== row.candidate_route;
    const priority = row.active_priority !== row.candidate_priority;
    if (action) {
      report.action += row.count;
      const key = `${row.active_action}→${row.candidate_action}`;
      report.actionChanges[key] = (report.actionChanges[key] ?? 0) + row.count;
    }
    report.route += route ? row.count : 0;
    report.priority += priority ? row.count : 0;
    report.disagreements += action || route || priority ? row.count : 0;
  }
  if (report.evaluations > 0) {
    report.escalationRate = {
      active: activeHanded / report.evaluations,
      candidate: candidateHanded / report.evaluations,
    };
  }
  report.examples = (await selectShadowDisagreements(ctx.store.db, range, EXAMPLES)).map((row) => ({
    evaluationId: row.evaluation_id,
    caseId: row.case_id,
    turn: row.turn,
    at: new Date(Number(row.created_at)).toISOString(),
    activeVersion: row.active_version,
    active: { action: row.active_action, route: row.active_route, priority: row.active_priority },
    candidate: { action: row.candidate_action, route: row.candidate_route, priority: row.candidate_priority },
  }));
  return report;
}
