// GET /v1/calibration and `handoff calibrate`: per task type and risk level, the lowest confidence threshold whose
// miss rate stays under the risk level's target with 95 % confidence, offered as a new playbook version's YAML.
import { z } from 'zod';
import type { Context } from '../../context.js';
import { type CalibrationGroup, calibrate } from '../../core/calibration/calibrate.js';
import { casesFromEvaluations } from '../../core/calibration/cases-from-evaluations.js';
import {
  applyThresholdChanges,
  proposeThresholds,
  type ThresholdChange,
} from '../../core/calibration/propose-thresholds.js';
import { HandoffError } from '../../errors.js';
import { selectCalibrationEvaluations } from '../../store/queries/select-calibration-evaluations.js';
import { selectPlaybookYaml } from '../../store/queries/select-playbook-yaml.js';
import { assertScope } from '../authorize.js';
import { parseInput } from '../parse-input.js';

export const CalibrateInput = z.strictObject({
  /** ISO instants; by default the 90 days up to now. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

const DEFAULT_WINDOW_MS = 90 * 24 * 3_600_000;

export interface CalibrationResult {
  from: string;
  to: string;
  playbookVersion: number;
  /** Conversations read (one per case id). */
  conversations: number;
  groups: CalibrationGroup[];
  changes: ThresholdChange[];
  /** The active playbook's YAML with the thresholds replaced; null when nothing would change. Save it as a new version. */
  proposedYaml: string | null;
}

export async function calibrateThresholds({
  ctx,
  input,
}: {
  ctx: Context;
  input: unknown;
}): Promise<CalibrationResult> {
  assertScope(ctx.actor, ['admin']);
  const query = parseInput(CalibrateInput, input ?? {});
  const to = query.to === undefined ? ctx.clock() + 1 : Date.parse(query.to);
  const from = query.from === undefined ? to - DEFAULT_WINDOW_MS : Date.parse(query.from);
  if (from >= to) {
    throw new HandoffError('bad_request', 'from must be before to', { path: 'from' });
  }
  const runtime = await ctx.playbook();
  const active = await selectPlaybookYaml(ctx.store.db, runtime.version);
  if (active === undefined) {
    throw new HandoffError('unavailable', 'no playbook is active');
  }
  const cases = casesFromEvaluations(await selectCalibrationEvaluations(ctx.store.db, { from, to }));
  const groups = calibrate(runtime.playbook.risk, cases);
  const changes = proposeThresholds(runtime.playbook, groups);
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    playbookVersion: runtime.version,
    conversations: cases.length,
    groups,
    changes,
    proposedYaml: changes.length === 0 ? null : applyThresholdChanges(active.yaml, changes),
  };
}
