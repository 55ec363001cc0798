// Validates a verb's input at the edge with its zod schema; a failure is `bad_request` naming the bad field.
import type { z } from 'zod';
import { formatIssuePath } from '../core/decide/validate-case.js';
import { HandoffError } from '../errors.js';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    return parsed.data;
  }
  const details = parsed.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
  const first = details[0];
  throw new HandoffError(
    'bad_request',
    first === undefined ? 'invalid input' : `${first.path || 'body'}: ${first.message}`,
    {
      path: first?.path ?? '',
      details,
    },
  );
}
