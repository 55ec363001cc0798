// Trains the human-request model: logistic regression over hashed features, deterministic from a seed.
import { FEATURE_BITS, sendFeatures } from '../../src/core/signals/hashed-features.js';
import { foldText } from '../../src/core/signals/normalise.js';
import type { CorpusLine } from './build-corpus.js';
import { makeRandom, shuffle } from './random.js';

const EPOCHS = 8;
const LEARNING_RATE = 0.5;
const L2 = 3e-6;
/** The false-alarm rate the threshold is chosen for, on the tuning slice of the training lines. */
const TARGET_FALSE_ALARMS = 0.002;
const MIN_THRESHOLD = 0.6;

interface Encoded {
  buckets: Int32Array;
  scale: number;
  label: number;
  locale: 'en' | 'tr';
}

/** The trained model as it ships: int8 weights with one scale, a bias, and a threshold per locale. */
export interface TrainedModel {
  featureBits: number;
  bias: number;
  scale: number;
  thresholds: { en: number; tr: number };
  weights: Int8Array;
}

function encode(line: CorpusLine): Encoded {
  const buckets: number[] = [];
  const count = sendFeatures(foldText(line.text), line.locale, { add: (bucket) => buckets.push(bucket) });
  return {
    buckets: Int32Array.from(buckets),
    scale: 1 / Math.sqrt(count),
    label: line.label ? 1 : 0,
    locale: line.locale,
  };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function margin(weights: Float64Array, bias: number, example: Encoded): number {
  let sum = 0;
  for (const bucket of example.buckets) {
    sum += weights[bucket] ?? 0;
  }
  return bias + sum * example.scale;
}

/** A line goes to the tuning slice (about one in ten) by a hash of its text, not by chance. */
function isTuning(line: CorpusLine): boolean {
  let hash = 0x811c9dc5;
  for (let index = 0; index < line.text.length; index += 1) {
    hash = Math.imul(hash ^ line.text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) % 10 === 0;
}

function chooseThreshold(scores: readonly number[]): number {
  const sorted = [...scores].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * TARGET_FALSE_ALARMS);
  const above = sorted[allowed] ?? 0;
  return Math.max(MIN_THRESHOLD, Math.min(0.99, Number((above + 0.005).toFixed(3))));
}

/**
 * Fits the weights by stochastic gradient descent (fixed seed, fixed order of epochs) on nine tenths
 * of the training lines, then picks each locale's threshold on the other tenth for few false alarms.
 */
export function trainHumanRequestModel(lines: readonly CorpusLine[], seed = 7): TrainedModel {
  const random = makeRandom(seed);
  const fit = lines.filter((line) => !isTuning(line)).map(encode);
  const tune = lines.filter(isTuning).map(encode);
  const size = 1 << FEATURE_BITS;
  const weights = new Float64Array(size);
  const squared = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const order = fit.map((_, index) => index);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    shuffle(random, order);
    for (const index of order) {
      const example = fit[index] as Encoded;
      const gradient = sigmoid(margin(weights, bias, example)) - example.label;
      for (const bucket of example.buckets) {
        const step = gradient * example.scale + L2 * (weights[bucket] ?? 0);
        squared[bucket] = (squared[bucket] ?? 0) + step * step;
        weights[bucket] = (weights[bucket] ?? 0) - (LEARNING_RATE * step) / Math.sqrt(squared[bucket] ?? 1);
      }
      biasSquared += gradient * gradient;
      bias -= (LEARNING_RATE * gradient) / Math.sqrt(biasSquared);
    }
  }
  let largest = 0;
  for (const weight of weights) {
    largest = Math.max(largest, Math.abs(weight));
  }
  const scale = Number((largest / 127).toPrecision(8));
  const roundedBias = Number(bias.toFixed(6));
  const quantised = Int8Array.from(weights, (weight) => Math.round(weight / scale));
  const dequantised = Float64Array.from(quantised, (value) => value * scale);
  const negatives = (locale: 'en' | 'tr'): number[] =>
    tune
      .filter((example) => example.label === 0 && example.locale === locale)
      .map((example) => sigmoid(margin(dequantised, roundedBias, example)));
  return {
    featureBits: FEATURE_BITS,
    bias: roundedBias,
    scale,
    thresholds: { en: chooseThreshold(negatives('en')), tr: chooseThreshold(negatives('tr')) },
    weights: quantised,
  };
}
