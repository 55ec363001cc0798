// Reads any JSON value as a case, tolerantly: wrong types count as absent, so the decider never throws on input.
import { type MessageRole, roleAliases } from './case.js';

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

function readAlternatives(value: unknown): CaseView['alternatives'] {
  const alternatives: CaseView['alternatives'] = [];
  if (!Array.isArray(value)) {
    return alternatives;
  }
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    const alt = record(item);
    const intent = text(alt.intent);
    const confidence = unitNumber(alt.confidence, 0);
    if (intent !== undefined && confidence !== undefined) {
      alternatives.push({ intent, confidence });
    }
  }
  return alternatives;
}

function readAttempts(value: unknown): CaseAttempt[] {
  const attempts: CaseAttempt[] = [];
  if (!Array.isArray(value)) {
    return attempts;
  }
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    const attempt = record(item);
    const action = text(attempt.action);
    if (action !== undefined) {
      attempts.push({ action, result: text(attempt.result) });
    }
  }
  return attempts;
}

function readMessages(value: unknown): CaseMessage[] {
  const messages: CaseMessage[] = [];
  if (!Array.isArray(value)) {
    return messages;
  }
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    const message = record(item);
    const role =
      typeof message.role === 'string' ? (roleAliases.get(message.role) ?? message.role) : undefined;
    const body = text(message.text);
    if (role !== undefined && roles.has(role) && body !== undefined) {
      messages.push({ role: role as MessageRole, text: body, intent: text(message.intent) });
    }
  }
  return messages;
}

function readFlags(value: unknown): string[] {
  const flags: string[] = [];
  if (!Array.isArray(value)) {
    return flags;
  }
  for (let index = 0; index < value.length; index += 1) {
    const flag: unknown = value[index];
    if (typeof flag === 'string') {
      flags.push(flag);
    }
  }
  return flags;
}

// Plain loops rather than flatMap/filter: this runs once per decision, and most lists are short or absent.
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
    alternatives: readAlternatives(ai.alternatives),
    attempts: readAttempts(ai.attempts),
    ambiguous: ai.ambiguous === true,
    customer,
    customerTier: text(customer.tier),
    messages: readMessages(raw.conversation),
    sentiment: unitNumber(raw.sentiment, -1),
    fields: record(raw.fields),
    flags: readFlags(raw.flags),
  };
}
