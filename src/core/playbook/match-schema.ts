// The `when` of routes, priority rules and approval rules: what they look at once the triggers have run.
import { z } from 'zod';
import { StringList } from './schema-primitives.js';
import { ValueTest } from './value-test-schema.js';

/** What a route or priority rule looks at; every listed key must match, each list matches any of its values. */
export const Match = z.strictObject({
  trigger: StringList.optional(),
  kind: StringList.optional(),
  intent: StringList.optional(),
  category: StringList.optional(),
  keyword: StringList.optional(),
  task: StringList.optional(),
  risk: StringList.optional(),
  customer_tier: StringList.optional(),
  channel: StringList.optional(),
  locale: StringList.optional(),
  mode: z
    .array(z.enum(['reactive', 'proactive']))
    .min(1)
    .optional(),
  sentiment_below: z.number().min(-1).max(1).optional(),
  where: z
    .array(ValueTest)
    .min(1)
    .optional()
    .describe('tests on paths of the case, all must hold, e.g. [{ path: fields.impact, equals: high }]'),
});
export type Match = z.infer<typeof Match>;
