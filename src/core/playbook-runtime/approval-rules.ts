// Compiles the playbook's approval rules: for a decision that needs approval, how many sign-offs, by whom, by when.
import type { Decision } from '../decide/decision.js';
import { compileMatch } from '../decide/match.js';
import { parseDuration } from '../time/duration.js';
import { readCase } from '../decide/read-case.js';
import type { ApprovalRule } from '../playbook/workflow-schema.js';
import type { ApprovalDeadlinePlan, ApprovalRequest } from '../escalation/escalation.js';

export type ApprovalPlanner = (caseValue: unknown, decision: Decision, now: number) => ApprovalRequest;

/** First matching rule wins; without one, a single approval from the routed team. */
export function compileApprovalRules(rules: readonly ApprovalRule[]): ApprovalPlanner {
  const compiled = rules.map((rule) => ({
    matches: compileMatch(rule.when ?? {}),
    required: rule.required,
    approvers: rule.approvers ?? ['role:team'],
    deadlineMs: rule.deadline === undefined ? null : parseDuration(rule.deadline),
    onDeadline: planDeadline(rule),
  }));
  return (caseValue, decision, now) => {
    const facts = {
      view: readCase(caseValue),
      reasons: decision.reasons,
      keywords: decision.signals.keywords,
      risk: decision.signals.risk,
      locale: decision.signals.locale,
      mode: decision.mode,
      sentiment: decision.signals.sentiment,
    };
    const rule = compiled.find((candidate) => candidate.matches(facts));
    const record =
      caseValue !== null && typeof caseValue === 'object' ? (caseValue as Record<string, unknown>) : {};
    return {
      proposedAction: record.proposed_action ?? null,
      required: rule?.required ?? 1,
      approvers: rule?.approvers ?? ['role:team'],
      deadlineAt: rule?.deadlineMs == null ? null : new Date(now + rule.deadlineMs).toISOString(),
      ...(rule?.deadlineMs == null ? {} : { onDeadline: rule.onDeadline }),
    };
  };
}

/** The deadline's effect with its durations read; reject unless the rule says otherwise. */
function planDeadline(rule: ApprovalRule): ApprovalDeadlinePlan {
  const effect = rule.on_deadline;
  if (effect === undefined || effect.action === 'reject') {
    return { action: 'reject' };
  }
  if (effect.action === 'assign') {
    return { action: 'assign', person: effect.person };
  }
  const again = effect.deadline ?? rule.deadline;
  return {
    action: 'escalate',
    approvers: effect.approvers,
    deadlineMs: again === undefined ? 0 : parseDuration(again),
  };
}
