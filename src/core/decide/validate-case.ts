// Checks a value against the Case contract at the edges, with the path of the first bad field.
import type { z } from 'zod';
import { HandoffError } from '../../errors.js';
import { Case } from './case.js';

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
