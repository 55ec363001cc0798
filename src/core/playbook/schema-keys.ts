// Finds which keys the playbook schema allows at a path of the data, for "unknown key" hints.
import { z } from 'zod';
import type { PathSegment } from './playbook-problem.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function literalValues(schema: unknown): unknown[] {
  return schema instanceof z.ZodLiteral ? [...schema.values] : [];
}

/** Unwraps optional/lazy wrappers and picks the union option that fits the value. */
function resolve(schema: z.ZodType, value: unknown): z.ZodType | undefined {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 20; depth += 1) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodLazy) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodUnion) {
      const options = current.options as readonly z.ZodType[];
      const discriminator = (current._zod.def as { discriminator?: string }).discriminator;
      const picked =
        discriminator !== undefined && isPlainObject(value)
          ? options.find(
              (option) =>
                option instanceof z.ZodObject &&
                literalValues(option.shape[discriminator]).includes(value[discriminator]),
            )
          : options.find((option) =>
              Array.isArray(value)
                ? option instanceof z.ZodArray
                : isPlainObject(value) && (option instanceof z.ZodObject || option instanceof z.ZodRecord),
            );
      if (picked === undefined) {
        return undefined;
      }
      current = picked;
    } else {
      return current;
    }
  }
  return undefined;
}

/** The schema of the value at `path` inside `data`, or undefined when it cannot be told. */
export function schemaAt(
  root: z.ZodType,
  path: readonly PathSegment[],
  data: unknown,
): z.ZodType | undefined {
  let schema = resolve(root, data);
  let value = data;
  for (const segment of path) {
    if (schema === undefined) {
      return undefined;
    }
    let next: z.ZodType | undefined;
    if (schema instanceof z.ZodObject) {
      next = (schema.shape as Record<string, z.ZodType>)[String(segment)];
    } else if (schema instanceof z.ZodArray) {
      next = schema.element as z.ZodType;
    } else if (schema instanceof z.ZodRecord) {
      next = schema.valueType as z.ZodType;
    }
    value =
      isPlainObject(value) || Array.isArray(value)
        ? (value as Record<PathSegment, unknown>)[segment]
        : undefined;
    schema = next === undefined ? undefined : resolve(next, value);
  }
  return schema;
}

/** The keys a map at `path` may have (empty when open-ended or unknown). */
export function keysAt(root: z.ZodType, path: readonly PathSegment[], data: unknown): string[] {
  const schema = schemaAt(root, path, data);
  if (schema instanceof z.ZodObject) {
    return Object.keys(schema.shape);
  }
  if (schema instanceof z.ZodRecord && schema.keyType instanceof z.ZodEnum) {
    return (schema.keyType.options as unknown[]).map(String);
  }
  return [];
}
