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

const SENTENCE_BREAK = /[.!?;\n\r]+/;
// Long messages: a request is one sentence, and the first few carry it; the cap bounds the work per call.
const MAX_SENTENCES = 8;
const MAX_SENTENCE_LENGTH = 300;

function decodeWeights(): Float32Array {
  if (HUMAN_REQUEST_WEIGHTS.featureBits !== FEATURE_BITS) {
    throw new Error(
      'the human-request weights were trained for another feature size: run npm run train:signals',
    );
  }
  const bytes = Buffer.from(HUMAN_REQUEST_WEIGHTS.weights, 'base64');
  const weights = new Float32Array(bytes.length);
  for (let index = 0; index < bytes.length; index += 1) {
    weights[index] = (((bytes[index] ?? 0) << 24) >> 24) * HUMAN_REQUEST_WEIGHTS.scale;
  }
  return weights;
}

// Decoded once at load; each call only adds up weights, allocating nothing but strings.
const WEIGHTS = decodeWeights();

class Scorer implements FeatureSink {
  sum = 0;
  add(bucket: number): void {
    this.sum += WEIGHTS[bucket] ?? 0;
  }
}
const scorer = new Scorer();

/** The model's probability that one folded sentence asks for a person. */
export function sentenceProbability(folded: string, locale: 'en' | 'tr'): number {
  scorer.sum = 0;
  const count = sendFeatures(folded, locale, scorer);
  return 1 / (1 + Math.exp(-(HUMAN_REQUEST_WEIGHTS.bias + scorer.sum / Math.sqrt(count))));
}

/** Reads a folded message sentence by sentence and keeps the most likely request. */
export function readWithModel(folded: string, locale: 'en' | 'tr'): ModelReading {
  let best = { probability: 0, sentence: '' };
  let seen = 0;
  for (const part of folded.split(SENTENCE_BREAK)) {
    const sentence = part.trim().slice(0, MAX_SENTENCE_LENGTH);
    if (sentence === '') {
      continue;
    }
    const probability = sentenceProbability(sentence, locale);
    if (probability > best.probability) {
      best = { probability, sentence };
    }
    seen += 1;
    if (seen === MAX_SENTENCES) {
      break;
    }
  }
  return { ...best, isRequest: best.probability >= HUMAN_REQUEST_WEIGHTS.thresholds[locale] };
}
