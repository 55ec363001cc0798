// Checks a value against the Case contract at the edges, with the path of the first bad field.
import type { z } from 'zod';
import { HandoffError } from '../../errors.js';
import { Case, Message, MessageRole, roleAliases } from './case.js';

/** Formats a zod issue path as `a.b[2].c`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`,
    '',
  );
}

/** Returns the parsed case, or throws an `invalid_case` HandoffError naming every bad field. */
export function validateCase(value: unknown): Case {
  const parsed = Case.safeParse(value);
  if (parsed.success) {
    return parsed.data;
  }
  const details = parsed.error.issues.map((issue: z.core.$ZodIssue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
  const first = details[0];
  throw new HandoffError(
    'invalid_case',
    first === undefined ? 'invalid case' : `${first.path || 'case'}: ${first.message}`,
    {
      path: first?.path ?? '',
      details,
    },
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): boolean => typeof value === 'string' && value.length <= max;
const isOptionalText = (value: unknown, max: number): boolean =>
  value === undefined || (typeof value === 'string' && value.length <= max);
const isUnit = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

// Aliases ("user") included: the schema accepts them (and rewrites them, as the decider's reader does too).
const roles = new Set<unknown>([...MessageRole.options, ...roleAliases.keys()]);
const At = Message.shape.at;
// A strict subset of the schema's date-time pattern (days up to 28 are valid in every month); others ask zod.
const commonAt =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function isPlainMessage(value: unknown): boolean {
  if (!isObject(value) || !roles.has(value.role) || !isText(value.text, 100_000)) {
    return false;
  }
  const at = value.at;
  return (
    (at === undefined || (typeof at === 'string' && (commonAt.test(at) || At.safeParse(at).success))) &&
    isOptionalText(value.intent, 200)
  );
}

function isPlainAi(ai: unknown): boolean {
  if (ai === undefined) {
    return true;
  }
  if (
    !isObject(ai) ||
    !(ai.confidence === undefined || isUnit(ai.confidence)) ||
    !isOptionalText(ai.intent, 200) ||
    !isOptionalText(ai.category, 200) ||
    !(ai.ambiguous === undefined || typeof ai.ambiguous === 'boolean')
  ) {
    return false;
  }
  const { alternatives, attempts } = ai;
  if (alternatives !== undefined) {
    if (!Array.isArray(alternatives) || alternatives.length > 100) {
      return false;
    }
    for (const alternative of alternatives as unknown[]) {
      if (!isObject(alternative) || !isText(alternative.intent, 200) || !isUnit(alternative.confidence)) {
        return false;
      }
    }
  }
  if (attempts !== undefined) {
    if (!Array.isArray(attempts) || attempts.length > 1000) {
      return false;
    }
    for (const attempt of attempts as unknown[]) {
      if (
        !isObject(attempt) ||
        !isText(attempt.action, 200) ||
        !isOptionalText(attempt.result, 200) ||
        !isOptionalText(attempt.detail, 10_000)
      ) {
        return false;
      }
    }
  }
  return true;
}

function isPlainList(value: unknown, max: number, isItem: (item: unknown) => boolean): boolean {
  if (value === undefined) {
    return true;
  }
  if (!Array.isArray(value) || value.length > max) {
    return false;
  }
  for (const item of value as unknown[]) {
    if (!isItem(item)) {
      return false;
    }
  }
  return true;
}

const isFlag = (flag: unknown): boolean => isText(flag, 200);

/**
 * True only when the Case schema accepts `value`: a hand-written check of the common shape, about ten times
 * cheaper than zod, for a hot loop (a drill) that decides the value as it is (the decider reads role aliases as
 * the schema does). False says nothing: `validateCase` then decides, and names the bad field. It mirrors `Case`
 * in case.ts; a property test holds the two together.
 */
export function isCaseInPlainShape(value: unknown): boolean {
  if (!isObject(value)) {
    return false;
  }
  const { id, turn, task, customer, sentiment, fields } = value;
  return (
    typeof id === 'string' &&
    id.length >= 1 &&
    id.length <= 200 &&
    (turn === undefined || (Number.isSafeInteger(turn) && (turn as number) >= 0)) &&
    isOptionalText(value.channel, 100) &&
    isOptionalText(value.locale, 35) &&
    (task === undefined ||
      (isObject(task) && isOptionalText(task.type, 200) && isOptionalText(task.risk, 100))) &&
    isPlainAi(value.ai) &&
    (customer === undefined ||
      (isObject(customer) &&
        isOptionalText(customer.id, 200) &&
        isOptionalText(customer.tier, 100) &&
        isOptionalText(customer.email, 320) &&
        isOptionalText(customer.name, 500))) &&
    isPlainList(value.conversation, 10_000, isPlainMessage) &&
    (sentiment === undefined ||
      (typeof sentiment === 'number' && Number.isFinite(sentiment) && sentiment >= -1 && sentiment <= 1)) &&
    // A record: a plain object, as JSON gives.
    (fields === undefined ||
      (isObject(fields) &&
        Object.getPrototypeOf(fields) === Object.prototype &&
        !Object.hasOwn(fields, 'constructor'))) &&
    isPlainList(value.flags, 1000, isFlag)
  );
}
