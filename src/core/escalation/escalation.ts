// The escalation as the services and transports see it, and the shapes of its context and timeline.
import type { Decision } from '../decide/decision.js';
import type { HandoffBrief } from '../brief/handoff-brief.js';

export const reasonCategories = [
  'customer_request',
  'missing_knowledge',
  'unsupported_request',
  'policy_restriction',
  'tool_failure',
  'other',
] as const;
export type ReasonCategory = (typeof reasonCategories)[number];

/** resolved: by a person; handed_back: to the AI; false_escalation: a person was not needed; customer_gone: nobody to answer. */
export const outcomes = [
  'resolved',
  'handed_back',
  'false_escalation',
  'duplicate',
  'customer_gone',
] as const;
export type Outcome = (typeof outcomes)[number];

/** What travels with an escalation so the person does not start from zero. */
export interface EscalationContext {
  case: Record<string, unknown>;
  reasons: Decision['reasons'];
  signals: Decision['signals'] | null;
  explicitReason: { category: ReasonCategory; detail: string } | null;
  approval: ApprovalRequest | null;
}

export interface ApprovalRequest {
  proposedAction: unknown;
  required: number;
  approvers: string[];
  deadlineAt: string | null;
  /** What the deadline's timer does when it passes without a verdict (absent without a deadline). */
  onDeadline?: ApprovalDeadlinePlan | undefined;
  /** How it ended when the approvers' votes did not end it: an admin's override, or the deadline's effect. */
  settled?: ApprovalSettlement | undefined;
}

export type ApprovalDeadlinePlan =
  | { action: 'reject' }
  | { action: 'escalate'; approvers: string[]; deadlineMs: number }
  | { action: 'assign'; person: string };

export interface ApprovalSettlement {
  state: 'approved' | 'rejected' | 'expired';
  by: string;
  at: string;
  override: boolean;
}

export interface Escalation {
  id: string;
  caseId: string;
  caseTurn: number | null;
  status: string;
  priority: string;
  team: string;
  tier: string | null;
  assignee: string | null;
  mode: 'reactive' | 'proactive' | null;
  origin: 'evaluate' | 'explicit';
  reasonCategory: ReasonCategory | null;
  playbookVersion: number;
  version: number;
  tags: string[];
  fields: Record<string, unknown>;
  rerouteCount: number;
  tierChanges: number;
  openedAt: string;
  assignedAt: string | null;
  claimedAt: string | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  outcome: Outcome | null;
  updatedAt: string;
}

export interface EscalationDetail extends Escalation {
  context: EscalationContext;
  brief: HandoffBrief;
  timeline: TimelineEvent[];
  approvals: Array<{ approver: string; verdict: 'approved' | 'rejected'; note: string | null; at: string }>;
}

export interface TimelineEvent {
  id: number;
  escalationId: string;
  type: string;
  actor: string | null;
  at: string;
  data: Record<string, unknown>;
}
