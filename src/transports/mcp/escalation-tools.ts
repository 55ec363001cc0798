// The MCP tools an AI agent uses: evaluate a turn, escalate, read an escalation, relay the customer, list its own,
// check for a hand-back. Each calls the service verb with the key's actor: the verbs check scope, nothing else does.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { Case } from '../../core/decide/case.js';
import { reasonCategories } from '../../core/escalation/escalation.js';
import { commentOnEscalation } from '../../services/escalations/comment-on-escalation.js';
import { createEscalation } from '../../services/escalations/create-escalation.js';
import { evaluateCase } from '../../services/escalations/evaluate-case.js';
import { getEscalation } from '../../services/escalations/get-escalation.js';
import { listEscalations } from '../../services/escalations/list-escalations.js';
import { summarize, summarizeSla } from './escalation-summary.js';
import { answer, type McpSession } from './tool-result.js';

const EscalationId = z
  .string()
  .min(1)
  .max(100)
  .describe('the escalation id (escalation.id of an earlier answer)');
const ConversationId = z.string().min(1).max(200).describe('the conversation id: the case "id" you send');
const IdempotencyKey = z
  .string()
  .min(1)
  .max(200)
  .optional()
  .describe('optional: the same key on a retry returns the first answer and never opens a second escalation');
const CaseArgument = Case.describe(
  'the conversation so far: id (required), turn, conversation [{role: customer|ai|agent|system, text}], ' +
    'ai {confidence 0..1, intent, category, attempts}, task {type, risk}, customer {id, tier}, fields, flags',
);

export function registerEscalationTools(server: McpServer, session: McpSession): void {
  server.registerTool(
    'evaluate_turn',
    {
      title: 'Evaluate a conversation turn',
      description:
        'Ask Handoff, before you answer, whether you may go on with this conversation or must hand it to a person. ' +
        'Send the case after each customer message. The answer is a decision: "continue" (go on), "escalate" ' +
        '(a person takes over: an escalation is opened, routed and returned; tell the customer a person will ' +
        'answer) or "require_approval" (a person must approve what you proposed first). The same id and turn ' +
        'asked again returns the first answer.',
      inputSchema: { case: CaseArgument, idempotency_key: IdempotencyKey },
    },
    ({ case: caseValue, idempotency_key }) =>
      answer(session, 'evaluate_turn', async (ctx) => {
        const result = await evaluateCase({
          ctx,
          input: { case: caseValue, idempotencyKey: idempotency_key },
        });
        return {
          decision: result.decision,
          escalation: result.escalation === null ? null : summarize(result.escalation),
          replayed: result.replayed,
        };
      }),
  );

  server.registerTool(
    'escalate',
    {
      title: 'Escalate to a person',
      description:
        'Hand the conversation to a person now, whatever the playbook would decide: when you cannot help, the ' +
        'customer asks for a person, a tool failed, or a policy forbids you to act. Give a reason category and a ' +
        'summary of what the customer needs and what you already tried (the person reads it first). Returns the ' +
        'escalation: its id, team, tier and owner.',
      inputSchema: {
        case: CaseArgument,
        reason_category: z
          .enum(reasonCategories)
          .describe(
            'customer_request, missing_knowledge, unsupported_request, policy_restriction, tool_failure, other',
          ),
        summary: z.string().min(1).max(20_000).describe('what the customer needs and what you tried'),
        team: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .describe("a team of the playbook; default: the playbook's route"),
        tier: z.string().min(1).max(200).optional().describe("a tier such as L2; default: the route's tier"),
        priority: z
          .string()
          .min(1)
          .max(50)
          .optional()
          .describe('a priority level of the playbook; default: decided'),
        idempotency_key: IdempotencyKey,
      },
    },
    (args) =>
      answer(session, 'escalate', async (ctx) => {
        const escalation = await createEscalation({
          ctx,
          input: {
            case: args.case,
            reason: { category: args.reason_category, detail: args.summary },
            ...(args.team === undefined ? {} : { team: args.team }),
            ...(args.tier === undefined ? {} : { tier: args.tier }),
            ...(args.priority === undefined ? {} : { priority: args.priority }),
          },
          idempotencyKey: args.idempotency_key,
        });
        return { escalation: summarize(escalation) };
      }),
  );

  server.registerTool(
    'get_escalation',
    {
      title: 'Get an escalation',
      description:
        "An escalation's status, owner (the person assigned, null while the team has nobody free), team, tier, " +
        'priority, outcome, and its SLA clocks (due time, remaining milliseconds, state). Only escalations your ' +
        'key opened are found.',
      inputSchema: { escalation_id: EscalationId },
      annotations: { readOnlyHint: true },
    },
    ({ escalation_id }) =>
      answer(session, 'get_escalation', async (ctx) => {
        const escalation = await getEscalation({ ctx, id: escalation_id });
        return {
          escalation: summarize(escalation),
          sla: summarizeSla(escalation.sla),
          approvalState: escalation.approvalState,
        };
      }),
  );

  server.registerTool(
    'relay_customer_message',
    {
      title: "Relay the customer's message",
      description:
        'While a person owns the conversation, pass each new customer message on with this tool instead of ' +
        "answering it yourself. It is added to the escalation's timeline (and wakes an escalation waiting on the " +
        'customer).',
      inputSchema: {
        escalation_id: EscalationId,
        text: z.string().min(1).max(50_000).describe("the customer's message, as they wrote it"),
      },
    },
    ({ escalation_id, text }) =>
      answer(session, 'relay_customer_message', async (ctx) => {
        const escalation = await commentOnEscalation({
          ctx,
          id: escalation_id,
          input: { body: text, author: 'customer', visibility: 'public' },
        });
        return { escalation: summarize(escalation) };
      }),
  );

  server.registerTool(
    'list_my_escalations',
    {
      title: 'List my escalations',
      description:
        'The escalations your key opened, newest first, optionally only of one conversation or status ' +
        '(comma-separated values match any). Pass nextCursor back as cursor for the next page.',
      inputSchema: {
        conversation_id: ConversationId.optional(),
        status: z.string().min(1).max(200).optional().describe('e.g. "assigned,in_progress"'),
        limit: z.number().int().min(1).max(100).optional().describe('default 20'),
        cursor: z.string().min(1).max(200).optional(),
      },
      annotations: { readOnlyHint: true },
    },
    (args) =>
      answer(session, 'list_my_escalations', async (ctx) => {
        const page = await listEscalations({
          ctx,
          input: {
            limit: args.limit ?? 20,
            ...(args.conversation_id === undefined ? {} : { case_id: args.conversation_id }),
            ...(args.status === undefined ? {} : { status: args.status }),
            ...(args.cursor === undefined ? {} : { cursor: args.cursor }),
          },
        });
        return { escalations: page.items.map(summarize), nextCursor: page.nextCursor };
      }),
  );

  server.registerTool(
    'check_handback',
    {
      title: 'Check for a hand-back',
      description:
        'Whether a person handed this conversation back to you, with their instructions. Ask while a person owns ' +
        'it: handedBack true means you take over again (follow the instructions); false with an open status means ' +
        'a person still owns it; escalated false means it was never escalated by your key.',
      inputSchema: { conversation_id: ConversationId },
      annotations: { readOnlyHint: true },
    },
    ({ conversation_id }) =>
      answer(session, 'check_handback', async (ctx) => {
        const page = await listEscalations({ ctx, input: { case_id: conversation_id, limit: 1 } });
        const latest = page.items[0];
        if (latest === undefined) {
          return { conversationId: conversation_id, escalated: false, handedBack: false };
        }
        if (latest.outcome !== 'handed_back') {
          return {
            conversationId: conversation_id,
            escalated: true,
            handedBack: false,
            escalation: summarize(latest),
          };
        }
        const detail = await getEscalation({ ctx, id: latest.id });
        const handback = detail.timeline.findLast((event) => event.type === 'handed_back');
        return {
          conversationId: conversation_id,
          escalated: true,
          handedBack: true,
          escalation: summarize(latest),
          by: handback?.actor ?? null,
          at: handback?.at ?? latest.resolvedAt,
          note: handback?.data.note ?? null,
          instructions: handback?.data.instructions ?? null,
        };
      }),
  );
}
