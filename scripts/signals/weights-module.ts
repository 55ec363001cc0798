// Writes the trained model as the TypeScript module the detector imports (the pure core reads no files).
import type { LocaleModel } from './train-locale.js';
import type { TrainedModel } from './train-model.js';

/** Int8 weights as the base64 text a weights module carries. */
const base64Of = (weights: Int8Array): string =>
  Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64');

/** The source text of src/core/signals/human-request-weights.ts for a model, Prettier-clean as written. */
export function weightsModule(model: TrainedModel, corpusSha256: string): string {
  return [
    '// The trained human-request model: written by `npm run train:signals` (scripts/train-signals.ts), do not edit.',
    '',
    '/** Logistic regression over hashed features; `weights` is base64 of int8 values, each times `scale`. */',
    'export const HUMAN_REQUEST_WEIGHTS = {',
    `  featureBits: ${model.featureBits},`,
    `  bias: ${model.bias},`,
    `  scale: ${model.scale},`,
    `  thresholds: { en: ${model.thresholds.en}, tr: ${model.thresholds.tr} },`,
    `  corpusSha256: '${corpusSha256}',`,
    `  weights:`,
    `    '${base64Of(model.weights)}',`,
    '};',
    '',
  ].join('\n');
}

/** The source text of src/core/signals/locale-weights.ts for a model, Prettier-clean as written. */
export function localeWeightsModule(model: LocaleModel): string {
  return [
    '// The trained locale model: written by `npm run train:signals` (scripts/signals/train-locale.ts), do not edit.',
    '',
    '/** Naive Bayes over hashed character grams: `weights` is base64 of int8 log-ratios (Turkish over English), each times `scale`. */',
    'export const LOCALE_WEIGHTS = {',
    `  bits: ${model.bits},`,
    `  scale: ${model.scale},`,
    `  weights:`,
    `    '${base64Of(model.weights)}',`,
    '};',
    '',
  ].join('\n');
}
