// Reads any JSON value as a case, tolerantly: wrong types count as absent, so the decider never throws on input.
import type { MessageRole } from './case.js';

export interface CaseMessage {
  role: MessageRole;
  text: string;
  intent: string | undefined;
}

export interface CaseAttempt {
  action: string;
  result: string | undefined;
}

/** The parts of a case the decider reads, each present only when it has the contract's type. */
export interface CaseView {
  raw: Record<string, unknown>;
  id: string;
  turn: number | null;
  channel: string | undefined;
  locale: string | undefined;
  taskType: string | undefined;
  taskRisk: string | undefined;
  confidence: number | undefined;
  intent: string | undefined;
  category: string | undefined;
  alternatives: Array<{ intent: string; confidence: number }>;
  attempts: CaseAttempt[];
  ambiguous: boolean;
  customer: Record<string, unknown>;
  customerTier: string | undefined;
  messages: CaseMessage[];
  sentiment: number | undefined;
  fields: Record<string, unknown>;
  flags: string[];
}

const roles = new Set<string>(['customer', 'ai', 'agent', 'system']);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function unitNumber(value: unknown, min: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= 1
    ? value
    : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Builds the decider's view of a case from any value. */
export function readCase(input: unknown): CaseView {
  const raw = record(input);
  const task = record(raw.task);
  const ai = record(raw.ai);
  const customer = record(raw.customer);
  const id = raw.id;
  const turn = raw.turn;
  return {
    raw,
    id: typeof id === 'string' ? id : typeof id === 'number' ? String(id) : '',
    turn: typeof turn === 'number' && Number.isInteger(turn) ? turn : null,
    channel: text(raw.channel),
    locale: text(raw.locale),
    taskType: text(task.type),
    taskRisk: text(task.risk),
    confidence: unitNumber(ai.confidence, 0),
    intent: text(ai.intent),
    category: text(ai.category),
    alternatives: list(ai.alternatives).flatMap((item) => {
      const alt = record(item);
      const intent = text(alt.intent);
      const confidence = unitNumber(alt.confidence, 0);
      return intent !== undefined && confidence !== undefined ? [{ intent, confidence }] : [];
    }),
    attempts: list(ai.attempts).flatMap((item) => {
      const attempt = record(item);
      const action = text(attempt.action);
      return action === undefined ? [] : [{ action, result: text(attempt.result) }];
    }),
    ambiguous: ai.ambiguous === true,
    customer,
    customerTier: text(customer.tier),
    messages: list(raw.conversation).flatMap((item) => {
      const message = record(item);
      const role = message.role;
      const body = text(message.text);
      return typeof role === 'string' && roles.has(role) && body !== undefined
        ? [{ role: role as MessageRole, text: body, intent: text(message.intent) }]
        : [];
    }),
    sentiment: unitNumber(raw.sentiment, -1),
    fields: record(raw.fields),
    flags: list(raw.flags).filter((flag): flag is string => typeof flag === 'string'),
  };
}
