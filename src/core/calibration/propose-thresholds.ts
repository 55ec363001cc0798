// Turns calibrated thresholds into a playbook change: the same YAML, comments kept, with the thresholds replaced.
import { parseDocument } from 'yaml';
import type { Playbook } from '../playbook/schema.js';
import type { CalibrationGroup } from './calibrate.js';

export interface ThresholdChange {
  /** Where in the playbook, e.g. `risk.levels.high.threshold` or `risk.tasks.refund.threshold`. */
  path: string;
  /** The same path as keys, for editing. */
  keys: readonly string[];
  from: number | null;
  to: number;
}

/**
 * The changes the calibrated groups call for. Levels that always need approval, and levels the playbook does not
 * (or no longer) define, are left alone.
 */
export function proposeThresholds(
  playbook: Playbook,
  groups: readonly CalibrationGroup[],
): ThresholdChange[] {
  const changes: ThresholdChange[] = [];
  for (const group of groups) {
    const level = playbook.risk.levels[group.risk];
    if (group.threshold === null || level === undefined || level.require_approval === true) {
      continue;
    }
    if (group.threshold === group.currentThreshold) {
      continue;
    }
    const keys =
      group.taskType === null
        ? ['risk', 'levels', group.risk, 'threshold']
        : ['risk', 'tasks', taskKey(playbook, group.taskType), 'threshold'];
    changes.push({ path: keys.join('.'), keys, from: group.currentThreshold, to: group.threshold });
  }
  return changes;
}

/** The task type as the playbook spells it (matching is case-insensitive). */
function taskKey(playbook: Playbook, taskType: string): string {
  return (
    Object.keys(playbook.risk.tasks ?? {}).find((key) => key.toLowerCase() === taskType.toLowerCase()) ??
    taskType
  );
}

/** The playbook YAML with `changes` applied; comments and layout elsewhere stay as they were. */
export function applyThresholdChanges(yamlText: string, changes: readonly ThresholdChange[]): string {
  const document = parseDocument(yamlText);
  for (const change of changes) {
    document.setIn(change.keys, change.to);
  }
  return document.toString();
}
