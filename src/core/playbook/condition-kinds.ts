// The names of the condition kinds, read from the schema so the list never drifts from it.
import { Trigger } from './schema.js';

type KindOption = { shape: { kind: { value: string } } };

/** Every `kind` a trigger (or a nested condition) may have, in schema order. */
export const conditionKinds: readonly string[] = (
  Trigger as unknown as { options: readonly KindOption[] }
).options.map((option) => option.shape.kind.value);
