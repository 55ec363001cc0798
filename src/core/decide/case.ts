// The Case: what an AI system sends about the interaction it is handling (DESIGN.md). Validated at the edges;
// unknown fields are kept, never an error.
import { z } from 'zod';

export const MessageRole = z.enum(['customer', 'ai', 'agent', 'system']);
export type MessageRole = z.infer<typeof MessageRole>;

/** The chat-API words most AI systems already send, read as Handoff's own roles. */
export const roleAliases: ReadonlyMap<string, MessageRole> = new Map([
  ['user', 'customer'],
  ['assistant', 'ai'],
]);

const MessageRoleInput = z
  .enum([...MessageRole.options, 'user', 'assistant'])
  .describe('customer, ai, agent or system; "user" is read as customer and "assistant" as ai')
  .transform((role): MessageRole => roleAliases.get(role) ?? (role as MessageRole));

export const Message = z.looseObject({
  role: MessageRoleInput,
  text: z.string().max(100_000),
  at: z.iso.datetime({ offset: true }).optional(),
  /** The AI's intent for this turn, when the AI system records it on its own messages. */
  intent: z.string().max(200).optional(),
});
export type Message = z.infer<typeof Message>;

export const Attempt = z.looseObject({
  action: z.string().max(200),
  result: z.string().max(200).optional(),
  detail: z.string().max(10_000).optional(),
});
export type Attempt = z.infer<typeof Attempt>;

export const Alternative = z.looseObject({
  intent: z.string().max(200),
  confidence: z.number().min(0).max(1),
});

export const Case = z.looseObject({
  id: z.string().min(1).max(200),
  turn: z.number().int().min(0).optional(),
  channel: z.string().max(100).optional(),
  locale: z.string().max(35).optional(),
  task: z
    .looseObject({
      type: z.string().max(200).optional(),
      risk: z.string().max(100).optional(),
    })
    .optional(),
  ai: z
    .looseObject({
      confidence: z.number().min(0).max(1).optional(),
      intent: z.string().max(200).optional(),
      category: z.string().max(200).optional(),
      alternatives: z.array(Alternative).max(100).optional(),
      attempts: z.array(Attempt).max(1000).optional(),
      ambiguous: z.boolean().optional(),
    })
    .optional(),
  customer: z
    .looseObject({
      id: z.string().max(200).optional(),
      tier: z.string().max(100).optional(),
      email: z.string().max(320).optional(),
      name: z.string().max(500).optional(),
    })
    .optional(),
  conversation: z.array(Message).max(10_000).optional(),
  sentiment: z.number().min(-1).max(1).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
  flags: z.array(z.string().max(200)).max(1000).optional(),
  proposed_action: z.unknown().optional(),
});
export type Case = z.infer<typeof Case>;
