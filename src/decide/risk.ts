// Task risk: which risk level a case's task has, and the confidence threshold and approval rule that follow.
import type { Risk } from '../playbook/schema.js';

export interface RiskAssessment {
  level: string;
  threshold: number | null;
  requiresApproval: boolean;
  taskType: string | undefined;
}

export type AssessRisk = (taskType: string | undefined, claimedRisk: string | undefined) => RiskAssessment;

/**
 * Compiles the playbook's risk table. The level is the stricter of what the AI system claims and what the
 * playbook says for the task type, so an AI system can never talk its way into a laxer threshold.
 */
export function compileRisk(risk: Risk): AssessRisk {
  const order = risk.order ?? Object.keys(risk.levels);
  const rank = new Map(order.map((level, index) => [level.toLowerCase(), index]));
  const canonical = new Map(order.map((level) => [level.toLowerCase(), level]));
  const tasks = new Map(Object.entries(risk.tasks ?? {}).map(([type, task]) => [type.toLowerCase(), task]));
  return (taskType, claimedRisk) => {
    const task = taskType === undefined ? undefined : tasks.get(taskType.toLowerCase());
    const candidates = [claimedRisk, task?.risk]
      .map((level) => (level === undefined ? undefined : canonical.get(level.toLowerCase())))
      .filter((level): level is string => level !== undefined);
    const level =
      candidates.length === 0
        ? risk.default
        : candidates.reduce((a, b) =>
            (rank.get(b.toLowerCase()) ?? 0) > (rank.get(a.toLowerCase()) ?? 0) ? b : a,
          );
    const settings = risk.levels[level];
    return {
      level,
      // A task's own threshold applies only at the task's own level, not when the AI system claimed a stricter one.
      threshold:
        (task !== undefined && canonical.get(task.risk.toLowerCase()) === level
          ? task.threshold
          : undefined) ??
        settings?.threshold ??
        null,
      requiresApproval: settings?.require_approval === true,
      taskType,
    };
  };
}
