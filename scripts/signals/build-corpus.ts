// Expands the families into the human-request corpus: a training split and a dev split training never sees.
import { readFileSync } from 'node:fs';
import { foldText } from '../../src/core/signals/normalise.js';
import type { Family } from './families.js';
import { ENGLISH_FAMILIES, ENGLISH_HELD_OUT } from './human-request-en.js';
import { TURKISH_FAMILIES, TURKISH_HELD_OUT } from './human-request-tr.js';
import {
  WIDER_ENGLISH_FAMILIES,
  WIDER_ENGLISH_SLOTS,
  WIDER_TURKISH_FAMILIES,
  WIDER_TURKISH_SLOTS,
} from './human-request-wider.js';
import {
  EVERYDAY_ENGLISH_FAMILIES,
  EVERYDAY_TURKISH_FAMILIES,
  REAL_ENGLISH_FAMILIES,
  REAL_TURKISH_FAMILIES,
  ROUND3_ENGLISH_FAMILIES,
  ROUND3_TURKISH_FAMILIES,
} from './human-request-real.js';
import { ANCHORED_ENGLISH_FAMILIES, ANCHORED_TURKISH_FAMILIES } from './human-request-anchored.js';
import { LATER_ENGLISH_FAMILIES } from './human-request-later.js';
import { addNoise } from './noise.js';
import { expand, makeRandom, pick, type Random } from './random.js';

/** One labelled line of the corpus. */
export interface CorpusLine {
  text: string;
  locale: 'en' | 'tr';
  label: boolean;
  family: string;
}

export interface Corpus {
  train: CorpusLine[];
  dev: CorpusLine[];
}

/** Every fourth template of a family (of four or more) is kept for the dev split: phrasings training never sees. */
export function isDevTemplate(index: number, templates: readonly unknown[]): boolean {
  return templates.length >= 4 && index % 4 === 3;
}

function expandFamily(random: Random, family: Family, split: 'train' | 'dev'): string[] {
  const slots = family.locale === 'en' ? WIDER_ENGLISH_SLOTS : WIDER_TURKISH_SLOTS;
  const templates = family.templates.filter(
    (_, index) => isDevTemplate(index, family.templates) === (split === 'dev'),
  );
  if (templates.length === 0) {
    return [];
  }
  const share = templates.length / family.templates.length;
  // The dev split gets a third of its templates' share: enough lines to measure, most lines for training.
  const count = Math.round(family.count * share * (split === 'dev' ? 0.35 : 1));
  return Array.from({ length: count }, () =>
    addNoise(random, expand(pick(random, templates), slots, random), family.locale, true),
  );
}

const HELD_OUT_FILES = ['human-request-heldout.jsonl', 'sentiment-heldout.jsonl'];

/** The folded lines of the hand-written held-out sets: neither training nor dev may hold one of them. */
function heldOutKeys(): Set<string> {
  const keys = new Set<string>();
  for (const name of HELD_OUT_FILES) {
    const text = readFileSync(new URL(`../../data/signals/${name}`, import.meta.url), 'utf8');
    for (const body of text.split('\n')) {
      if (body.trim() !== '') {
        const line = JSON.parse(body) as { text: string; locale: string };
        keys.add(`${line.locale}|${foldText(line.text)}`);
      }
    }
  }
  return keys;
}

// The groups of families added after the first ones, each drawing from a stream of its own (see
// buildHumanRequestCorpus).
const OWN_STREAMS: readonly (readonly Family[])[] = [
  [...EVERYDAY_ENGLISH_FAMILIES, ...EVERYDAY_TURKISH_FAMILIES],
  [...ROUND3_ENGLISH_FAMILIES, ...ROUND3_TURKISH_FAMILIES],
  LATER_ENGLISH_FAMILIES,
  [...ANCHORED_ENGLISH_FAMILIES, ...ANCHORED_TURKISH_FAMILIES],
];

/** The families the corpus trains on (the held-out ones apart), in the order they expand. */
export const TRAINING_FAMILIES: readonly Family[] = [
  ...ENGLISH_FAMILIES,
  ...TURKISH_FAMILIES,
  ...WIDER_ENGLISH_FAMILIES,
  ...WIDER_TURKISH_FAMILIES,
  ...REAL_ENGLISH_FAMILIES,
  ...REAL_TURKISH_FAMILIES,
  ...OWN_STREAMS.flat(),
];

/** Builds the corpus from the families with a fixed seed: the same corpus on every run and machine. */
export function buildHumanRequestCorpus(seed = 20_261_125): Corpus {
  const random = makeRandom(seed);
  // Each group of families added after the first ones draws from a stream of its own (the seed plus its place), so
  // every family before it expands (train and dev) exactly as before and a change can be measured on the same dev
  // lines: the everyday families, round 3's, then the classes learnt later.
  const ownStreams = OWN_STREAMS;
  const streamOf = new Map<Family, Random>();
  ownStreams.forEach((group, index) => {
    const stream = makeRandom(seed + index + 1);
    for (const family of group) {
      streamOf.set(family, stream);
    }
  });
  const randomFor = (family: Family): Random => streamOf.get(family) ?? random;
  // The wider families, then the real-chat ones and the groups with their own streams come last, so the first ones
  // expand exactly as before them.
  const families = TRAINING_FAMILIES;
  const seen = heldOutKeys();
  const take = (lines: CorpusLine[], line: CorpusLine): void => {
    const key = `${line.locale}|${foldText(line.text)}`;
    if (line.text !== '' && !seen.has(key)) {
      seen.add(key);
      lines.push(line);
    }
  };
  const train: CorpusLine[] = [];
  for (const family of families) {
    for (const text of expandFamily(randomFor(family), family, 'train')) {
      take(train, { text, locale: family.locale, label: family.label, family: family.name });
    }
  }
  // Dev lines that training already holds (same folded text) are dropped, so dev stays unseen.
  const dev: CorpusLine[] = [];
  for (const family of [...families, ...ENGLISH_HELD_OUT, ...TURKISH_HELD_OUT]) {
    const texts = family.lines ?? expandFamily(randomFor(family), family, 'dev');
    for (const text of texts) {
      take(dev, { text, locale: family.locale, label: family.label, family: family.name });
    }
  }
  return { train, dev };
}

export function toJsonLines(lines: readonly object[]): string {
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}
