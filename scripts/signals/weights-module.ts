// Writes a trained model as the TypeScript module the detector imports (the pure core reads no files).
import type { LocaleModel } from './train-locale.js';
import type { TrainedModel } from './train-model.js';

/**
 * A weights module, Prettier-clean as written: its header lines, then `export const NAME = { …fields, weights }`
 * with the int8 weights as base64.
 */
function weightsModuleText(
  header: readonly string[],
  name: string,
  fields: readonly string[],
  weights: Int8Array,
): string {
  const base64 = Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64');
  return [
    ...header,
    `export const ${name} = {`,
    ...fields.map((field) => `  ${field},`),
    `  weights:`,
    `    '${base64}',`,
    '};',
    '',
  ].join('\n');
}

/** The source text of src/core/signals/human-request-weights.ts for a model. */
export function weightsModule(model: TrainedModel, corpusSha256: string): string {
  return weightsModuleText(
    [
      '// The trained human-request model: written by `npm run train:signals` (scripts/train-signals.ts), do not edit.',
      '',
      '/** Logistic regression over hashed features; `weights` is base64 of int8 values, each times `scale`. */',
    ],
    'HUMAN_REQUEST_WEIGHTS',
    [
      `featureBits: ${model.featureBits}`,
      `bias: ${model.bias}`,
      `scale: ${model.scale}`,
      `thresholds: { en: ${model.thresholds.en}, tr: ${model.thresholds.tr} }`,
      `corpusSha256: '${corpusSha256}'`,
    ],
    model.weights,
  );
}

/** The source text of src/core/signals/locale-weights.ts for a model. */
export function localeWeightsModule(model: LocaleModel): string {
  return weightsModuleText(
    [
      '// The trained locale model: written by `npm run train:signals` (scripts/signals/train-locale.ts), do not edit.',
      '',
      '/** Naive Bayes over hashed character grams: `weights` is base64 of int8 log-ratios (Turkish over English), each times `scale`. */',
    ],
    'LOCALE_WEIGHTS',
    [`bits: ${model.bits}`, `scale: ${model.scale}`],
    model.weights,
  );
}
