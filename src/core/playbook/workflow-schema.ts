// The playbook's workflow section: escalation statuses and allowed moves, RACI per stage, approval rules.
import { z } from 'zod';
import { Id, durationText } from './schema-primitives.js';
import { Match } from './match-schema.js';

export const StatusCategory = z.enum(['open', 'paused', 'done']);

export const WorkflowStatus = z.strictObject({
  id: Id,
  name: z.string().max(200).optional(),
  category: StatusCategory.describe('open: someone is on it; paused: SLA clocks stop; done: finished'),
});

export const Workflow = z.strictObject({
  statuses: z.array(WorkflowStatus).min(2),
  initial: Id.optional().describe('status of a new escalation (default: the first)'),
  transitions: z.record(Id, z.array(Id)).describe('for each status, the statuses it may move to'),
});
export type Workflow = z.infer<typeof Workflow>;

/** Who is responsible, accountable, consulted and informed at one stage (a status). */
const RaciParty = z
  .string()
  .regex(/^(team|person|role):[A-Za-z0-9_.:-]+$/, 'team:ID, person:ID or role:assignee|team');
export const RaciStage = z.strictObject({
  stage: Id,
  responsible: z.array(RaciParty).optional(),
  accountable: z.array(RaciParty).optional(),
  consulted: z.array(RaciParty).optional(),
  informed: z.array(RaciParty).optional(),
});

/** What happens when an approval's deadline passes without a verdict. */
export const ApprovalDeadlineEffect = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('reject').describe('rejected: a person of the routed team takes over'),
  }),
  z.strictObject({
    action: z.literal('escalate').describe('the next approvers decide (their deadline passing rejects)'),
    approvers: z.array(RaciParty).min(1),
    deadline: durationText().optional().describe("the next approvers' deadline (default: the same again)"),
  }),
  z.strictObject({
    action: z.literal('assign').describe('expired: the named person takes the case over'),
    person: Id,
  }),
]);
export type ApprovalDeadlineEffect = z.infer<typeof ApprovalDeadlineEffect>;

export const ApprovalRule = z.strictObject({
  when: Match.optional(),
  required: z.number().int().min(1).max(20).describe('how many approvals (N of M)'),
  approvers: z.array(RaciParty).min(1).optional().describe('who may approve (default: the routed team)'),
  deadline: durationText().optional(),
  on_deadline: ApprovalDeadlineEffect.optional().describe(
    'what happens when the deadline passes without a verdict (default: reject)',
  ),
});
export type ApprovalRule = z.infer<typeof ApprovalRule>;
