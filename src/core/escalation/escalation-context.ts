// Builds what travels with an escalation: the case with PII redacted where the playbook says, and the brief.
import { makeHandoffBrief, type HandoffBrief } from '../brief/handoff-brief.js';
import type { Decision } from '../decide/decision.js';
import { redactPii } from '../signals/pii.js';
import type { ApprovalRequest, EscalationContext, ReasonCategory } from './escalation.js';

export interface ContextInput {
  caseValue: Record<string, unknown>;
  decision: Decision | null;
  explicitReason: { category: ReasonCategory; detail: string } | null;
  approval: ApprovalRequest | null;
  redact: readonly string[];
}

/** Redacts every string in a JSON value (keys kept), so no PII type the playbook hides is stored. */
function redactDeep(value: unknown, types: readonly string[]): unknown {
  if (typeof value === 'string') {
    return redactPii(value, types);
  }
  if (Array.isArray(value)) {
    return value.map((item) => redactDeep(item, types));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, types)]));
  }
  return value;
}

export function makeEscalationContext(input: ContextInput): {
  context: EscalationContext;
  brief: HandoffBrief;
} {
  const redacted =
    input.redact.length === 0
      ? input.caseValue
      : (redactDeep(input.caseValue, input.redact) as Record<string, unknown>);
  const brief = makeHandoffBrief({
    case: redacted,
    decision: input.decision,
    explicitReason: input.explicitReason ?? undefined,
  });
  return {
    context: {
      case: redacted,
      reasons: input.decision?.reasons ?? [],
      signals: input.decision?.signals ?? null,
      explicitReason: input.explicitReason,
      approval: input.approval,
    },
    brief,
  };
}
