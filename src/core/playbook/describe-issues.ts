// Turns zod issues into plain-words playbook problems: what was expected, what was found, what exists.
import type { z } from 'zod';
import { closest, listNames, type PathSegment, type PlaybookProblem, quote } from './playbook-problem.js';
import { keysAt } from './schema-keys.js';

type Issue = z.core.$ZodIssue;

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  record: 'a map',
  null: 'nothing (null)',
};

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) {
      return undefined;
    }
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/** Names the kind of a value for "got …" in messages. */
export function describeValue(value: unknown): string {
  if (value === null) {
    return 'nothing (null)';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (typeof value === 'object') {
    return 'a map';
  }
  return quote(value);
}

function sizeLimit(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, value: unknown): string {
  const small = issue.code === 'too_small';
  const limit = Number(
    small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum,
  );
  switch (issue.origin) {
    case 'array':
      return small && limit === 1
        ? 'must not be empty'
        : `must have ${small ? 'at least' : 'at most'} ${limit} items`;
    case 'string':
      return small && limit === 1
        ? 'must not be empty'
        : `must be ${small ? 'at least' : 'at most'} ${limit} characters long`;
    default: {
      const bound = issue.inclusive ? (small ? 'at least' : 'at most') : small ? 'more than' : 'less than';
      return `must be ${bound} ${limit} (got ${describeValue(value)})`;
    }
  }
}

function unknownKey(key: string, known: readonly string[]): string {
  const hint = closest(key, known);
  if (hint !== undefined) {
    return `unknown key "${key}" (did you mean "${hint}"?)`;
  }
  return known.length > 0 ? `unknown key "${key}" (allowed: ${listNames(known)})` : `unknown key "${key}"`;
}

function unknownKind(path: readonly PathSegment[], value: unknown, options: readonly string[]): string {
  const what = path.length === 3 && path[0] === 'triggers' ? 'trigger kind' : 'condition kind';
  if (value === undefined) {
    return `is required: the ${what} (one of ${listNames(options)})`;
  }
  const hint = typeof value === 'string' ? closest(value, options) : undefined;
  const kinds = `kinds: ${listNames(options)}`;
  return `${describeValue(value)} is not a ${what}${hint === undefined ? '' : ` (did you mean "${hint}"?)`}; ${kinds}`;
}

/** Describes every issue; `data` is the parsed YAML (to quote values), `root` the schema (to list keys). */
export function describeIssues(issues: readonly Issue[], data: unknown, root: z.ZodType): PlaybookProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, [], data, root));
}

function describeIssue(
  issue: Issue,
  prefix: readonly PathSegment[],
  data: unknown,
  root: z.ZodType,
): PlaybookProblem[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const value = valueAt(data, path);
  const at = (message: string): PlaybookProblem[] => [{ path, message }];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(root, path, data);
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: unknownKey(key, known),
        at: 'key' as const,
      }));
    }
    case 'invalid_union': {
      // zod 4 reports an unknown discriminator with these two fields, missing from its issue type.
      const extra = issue as { note?: string; options?: unknown[] };
      if (extra.note === 'No matching discriminator') {
        return at(unknownKind(path, value, (extra.options ?? []).map(String)));
      }
      const branches = issue.errors;
      const isTypeMismatch = (list: readonly Issue[]) =>
        list.length === 1 && list[0]?.code === 'invalid_type' && list[0].path.length === 0;
      const closer = branches.find((list) => !isTypeMismatch(list));
      if (closer !== undefined) {
        return closer.flatMap((inner) => describeIssue(inner, path, data, root));
      }
      const expected = [...new Set(branches.flatMap((list) => list.map(expectedOf)))];
      return at(`expected ${expected.join(' or ')}, got ${describeValue(value)}`);
    }
    case 'invalid_type': {
      const expected = expectedOf(issue);
      return at(
        value === undefined
          ? `is required (${expected})`
          : `expected ${expected}, got ${describeValue(value)}`,
      );
    }
    case 'invalid_value': {
      const options = issue.values.map((option) => quote(option));
      if (value === undefined) {
        return at(`is required (${options.length === 1 ? options[0] : `one of ${listNames(options)}`})`);
      }
      return at(
        options.length === 1
          ? `must be ${options[0]} (got ${describeValue(value)})`
          : `${describeValue(value)} is not one of ${listNames(options)}`,
      );
    }
    case 'too_small':
    case 'too_big':
      return at(sizeLimit(issue, value));
    case 'invalid_format': {
      if (issue.format === 'email') {
        return at(`${describeValue(value)} is not an email address`);
      }
      const rule = issue.message.startsWith('Invalid')
        ? `must match ${issue.pattern ?? issue.format}`
        : issue.message;
      return at(`${describeValue(value)} is not valid: ${rule}`);
    }
    case 'invalid_key': {
      const key = path[path.length - 1];
      return issue.issues.map((inner) => ({
        path,
        message: describeIssue(inner, [], key, root)[0]?.message ?? `key ${quote(key)}: ${inner.message}`,
        at: 'key' as const,
      }));
    }
    default:
      return at(issue.message);
  }
}

function expectedOf(issue: Issue): string {
  const expected = issue.code === 'invalid_type' ? String(issue.expected) : 'something else';
  return expectedWords[expected] ?? expected;
}
