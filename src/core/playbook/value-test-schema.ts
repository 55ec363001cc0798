// A test on one value of the case, shared by trigger conditions and the `where` of routes and rules.
import { z } from 'zod';

/**
 * One value test on a path of the case: relative to the object a trigger condition looks at, or to the whole
 * case in the `where` of a route or rule.
 */
export const ValueTest = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(300)
    // An empty step ("fields..impact", ".impact") names no property, so the test could never hold.
    .regex(/^[^.]+(\.[^.]+)*$/, 'a dot path has no empty steps, e.g. "fields.impact"')
    .describe('dot path, e.g. "amount" or "address.city"'),
  exists: z.boolean().optional(),
  equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  not_equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  in: z
    .array(z.union([z.string(), z.number()]))
    .min(1)
    .optional(),
  not_in: z
    .array(z.union([z.string(), z.number()]))
    .min(1)
    .optional(),
  gt: z.number().optional(),
  gte: z.number().optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
  pattern: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe('a regular expression; checked to run in linear time'),
});
export type ValueTest = z.infer<typeof ValueTest>;
