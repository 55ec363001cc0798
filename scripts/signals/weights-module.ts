// Writes the trained model as the TypeScript module the detector imports (the pure core reads no files).
import type { TrainedModel } from './train-model.js';

/** The source text of src/core/signals/human-request-weights.ts for a model, Prettier-clean as written. */
export function weightsModule(model: TrainedModel, corpusSha256: string): string {
  const weights = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength);
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
    `    '${weights.toString('base64')}',`,
    '};',
    '',
  ].join('\n');
}
