// The zod schemas of the verbs' inputs, shared by the verbs (validation) and the HTTP layer (OpenAPI).
import { z } from 'zod';
import { Case } from '../../core/decide/case.js';
import { outcomes, reasonCategories } from '../../core/escalation/escalation.js';
import { caseOutcomes } from '../../core/metrics/case-facts.js';

const Id = z.string().min(1).max(200);
const Note = z.string().max(20_000);

export const CreateEscalationInput = z.strictObject({
  case: Case,
  reason: z.strictObject({ category: z.enum(reasonCategories), detail: z.string().min(1).max(20_000) }),
  team: Id.optional(),
  tier: Id.optional(),
  priority: z.string().min(1).max(50).optional(),
});
export type CreateEscalationInput = z.infer<typeof CreateEscalationInput>;

export const ClaimEscalationInput = z.strictObject({ person: Id.optional() });
export const AssignEscalationInput = z.strictObject({
  person: Id.nullable()
    .optional()
    .describe("a person of the team; null or absent picks by the team's strategy"),
});
export const RerouteEscalationInput = z
  .strictObject({ team: Id.optional(), tier: Id.optional(), reason: z.string().min(1).max(2_000) })
  .refine((input) => input.team !== undefined || input.tier !== undefined, {
    message: 'name a team or a tier',
    path: ['team'],
  });
export const TierUpEscalationInput = z.strictObject({ reason: z.string().min(1).max(2_000).optional() });
export const CommentOnEscalationInput = z.strictObject({
  body: z.string().min(1).max(50_000),
  visibility: z.enum(['public', 'internal']).default('internal'),
  author: z
    .enum(['agent', 'customer'])
    .default('agent')
    .describe('customer: a customer message relayed by an integration'),
});
export const TransitionEscalationInput = z.strictObject({ status: Id, note: Note.optional() });
export const ResolveEscalationInput = z.strictObject({
  outcome: z.enum(outcomes).default('resolved'),
  note: Note.optional(),
});
export const ChangeOutcomeInput = z.strictObject({
  outcome: z.enum(outcomes),
  note: Note.optional(),
});
export const ReportCaseOutcomeInput = z.strictObject({
  outcome: z.enum(caseOutcomes),
  at: z.iso.datetime({ offset: true }).describe('when it happened (ISO 8601)'),
});
export const HandBackEscalationInput = z.strictObject({
  note: Note.optional(),
  instructions: Note.optional(),
});
export const ReopenEscalationInput = z.strictObject({ reason: z.string().min(1).max(2_000) });
export const DecideApprovalInput = z.strictObject({
  verdict: z.enum(['approved', 'rejected']),
  note: Note.optional(),
  override: z
    .boolean()
    .optional()
    .describe('admin only: settle the approval now, whatever the votes; recorded as an override'),
});
export const SetAvailabilityInput = z.strictObject({ available: z.boolean() });
