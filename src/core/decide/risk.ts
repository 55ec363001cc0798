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
  const canonicalOf = (level: string | undefined): string | undefined =>
    level === undefined ? undefined : canonical.get(level.toLowerCase());
  const rankOf = (level: string): number => rank.get(level.toLowerCase()) ?? 0;
  return (taskType, claimedRisk) => {
    const task = taskType === undefined ? undefined : tasks.get(taskType.toLowerCase());
    const claimed = canonicalOf(claimedRisk);
    const given = canonicalOf(task?.risk);
    // Ties keep the claimed level, as the first of the two.
    const level =
      claimed === undefined
        ? (given ?? risk.default)
        : given === undefined || rankOf(given) <= rankOf(claimed)
          ? claimed
          : given;
    const settings = risk.levels[level];
    return {
      level,
      // A task's own threshold applies only at the task's own level, not when the AI system claimed a stricter one.
      threshold:
        (task !== undefined && given === level ? task.threshold : undefined) ?? settings?.threshold ?? null,
      requiresApproval: settings?.require_approval === true,
      taskType,
    };
  };
}
