// The learned half of human-request detection: a logistic regression over hashed features, compiled once.
import { FEATURE_BITS, type FeatureSink, sendFeatures } from './hashed-features.js';
import { HUMAN_REQUEST_WEIGHTS } from './human-request-weights.js';

/** How sure the model is that one text asks for a person, and which sentence made it so. */
export interface ModelReading {
  probability: number;
  /** The sentence (folded) with the highest probability. */
  sentence: string;
  isRequest: boolean;
}

// Long messages: a request is one sentence, and the first few carry it; the cap bounds the work per call.
const MAX_SENTENCES = 8;

/** Whether a character ends a sentence: . ! ? ; and line breaks. */
function isSentenceBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 13;
}

function decodeWeights(): Int8Array {
  if (HUMAN_REQUEST_WEIGHTS.featureBits !== FEATURE_BITS) {
    throw new Error(
      'the human-request weights were trained for another feature size: run npm run train:signals',
    );
  }
  const bytes = Buffer.from(HUMAN_REQUEST_WEIGHTS.weights, 'base64');
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length).slice();
}

// Decoded once at load and kept as the int8 values they ship as (128 kB, a quarter of floats, so more of it
// stays in the CPU cache): each call adds up small integers and multiplies by the one scale at the end.
const WEIGHTS = decodeWeights();

class Scorer implements FeatureSink {
  sum = 0;
  add(bucket: number): void {
    this.sum += WEIGHTS[bucket] as number;
  }
}
const scorer = new Scorer();

function probabilityOf(folded: string, locale: 'en' | 'tr', from: number, to: number): number {
  scorer.sum = 0;
  const count = sendFeatures(folded, locale, scorer, from, to);
  const margin = HUMAN_REQUEST_WEIGHTS.bias + (scorer.sum * HUMAN_REQUEST_WEIGHTS.scale) / Math.sqrt(count);
  return 1 / (1 + Math.exp(-margin));
}

/** The model's probability that one folded sentence asks for a person. */
export function sentenceProbability(folded: string, locale: 'en' | 'tr'): number {
  return probabilityOf(folded, locale, 0, folded.length);
}

/**
 * Reads a folded message sentence by sentence (without slicing it) and keeps the most likely request; `accept`, when
 * given, passes over the sentences it turns down (its arguments are the sentence's start and end in `folded`).
 */
export function readWithModel(
  folded: string,
  locale: 'en' | 'tr',
  accept?: (from: number, to: number) => boolean,
): ModelReading {
  let probability = 0;
  let bestFrom = 0;
  let bestTo = 0;
  let sentences = 0;
  let from = 0;
  for (let index = 0; index <= folded.length && sentences < MAX_SENTENCES; index += 1) {
    if (index < folded.length && !isSentenceBreak(folded.charCodeAt(index))) {
      continue;
    }
    if (
      (index - from > 1 || (index > from && folded.charCodeAt(from) !== 32)) &&
      (accept === undefined || accept(from, index))
    ) {
      const found = probabilityOf(folded, locale, from, index);
      if (found > probability) {
        probability = found;
        bestFrom = from;
        bestTo = index;
      }
      sentences += 1;
    }
    from = index + 1;
  }
  return {
    probability,
    sentence: folded.slice(bestFrom, bestTo).trim(),
    isRequest: probability >= HUMAN_REQUEST_WEIGHTS.thresholds[locale],
  };
}
