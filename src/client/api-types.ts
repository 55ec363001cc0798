// What the client sends and gets, typed from the API's own schemas and views (type-only imports: nothing of the
// server is bundled with the client).
import type { z } from 'zod';
import type { Case } from '../core/decide/case.js';
import type { Decision } from '../core/decide/decision.js';
import type {
  Escalation,
  EscalationDetail,
  Outcome,
  ReasonCategory,
  TimelineEvent,
} from '../core/escalation/escalation.js';
import type { IncidentEvent } from '../core/incidents/incident.js';
import type * as inputs from '../services/escalations/inputs.js';
import type { ApprovalState, SlaView } from '../services/escalations/get-escalation.js';
import type { ListEscalationsInput } from '../services/escalations/list-escalations.js';

export type {
  Decision,
  Escalation,
  EscalationDetail,
  IncidentEvent,
  Outcome,
  ReasonCategory,
  SlaView,
  TimelineEvent,
};

/** A case as the AI system sends it to `evaluate` (DESIGN.md's contract; unknown fields are kept). */
export type CaseInput = z.input<typeof Case>;
export type CreateEscalationInput = z.input<typeof inputs.CreateEscalationInput>;
export type ListEscalationsFilters = Omit<z.input<typeof ListEscalationsInput>, 'cursor'>;
export type ClaimInput = z.input<typeof inputs.ClaimEscalationInput>;
export type AssignInput = z.input<typeof inputs.AssignEscalationInput>;
export type RerouteInput = z.input<typeof inputs.RerouteEscalationInput>;
export type TierUpInput = z.input<typeof inputs.TierUpEscalationInput>;
export type CommentInput = z.input<typeof inputs.CommentOnEscalationInput>;
export type TransitionInput = z.input<typeof inputs.TransitionEscalationInput>;
export type ResolveInput = z.input<typeof inputs.ResolveEscalationInput>;
export type ChangeOutcomeInput = z.input<typeof inputs.ChangeOutcomeInput>;
export type HandBackInput = z.input<typeof inputs.HandBackEscalationInput>;
export type ReopenInput = z.input<typeof inputs.ReopenEscalationInput>;
export type DecideApprovalInput = z.input<typeof inputs.DecideApprovalInput>;

/** The answer of `POST /v1/evaluate`. */
export interface EvaluateResult {
  decision: Decision;
  escalation: Escalation | null;
  /** True when the server answered a retry with the first answer (the `Idempotent-Replay` header). */
  replayed: boolean;
}

/** `GET /v1/escalations/:id`: the escalation with context, brief, timeline, approvals and SLA clocks. */
export type EscalationView = EscalationDetail & { approvalState: ApprovalState; sla: SlaView | null };

export interface EscalationPage {
  items: Escalation[];
  nextCursor: string | null;
}

/**
 * What `/v1/stream` carries: escalation timeline events, incident timeline events (opened, phase changed, update
 * posted, hand-over, resolved, escalations linked…; their ids and the escalation events' are one sequence), and a gap
 * when the reader fell behind (reload what you show).
 */
export type StreamMessage =
  | { type: 'event'; event: TimelineEvent }
  | { type: 'incident'; event: IncidentEvent }
  | { type: 'gap'; resumeAfter: number };
