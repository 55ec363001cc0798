// Expands the families into the human-request corpus: a training split and a dev split training never sees.
import { foldText } from '../../src/core/signals/normalise.js';
import type { Family } from './families.js';
import { ENGLISH_FAMILIES, ENGLISH_HELD_OUT, ENGLISH_SLOTS } from './human-request-en.js';
import { TURKISH_FAMILIES, TURKISH_HELD_OUT, TURKISH_SLOTS } from './human-request-tr.js';
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
  const slots = family.locale === 'en' ? ENGLISH_SLOTS : TURKISH_SLOTS;
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

/** Builds the corpus from the families with a fixed seed: the same corpus on every run and machine. */
export function buildHumanRequestCorpus(seed = 20_261_125): Corpus {
  const random = makeRandom(seed);
  const families = [...ENGLISH_FAMILIES, ...TURKISH_FAMILIES];
  const seen = new Set<string>();
  const take = (lines: CorpusLine[], line: CorpusLine): void => {
    const key = `${line.locale}|${foldText(line.text)}`;
    if (line.text !== '' && !seen.has(key)) {
      seen.add(key);
      lines.push(line);
    }
  };
  const train: CorpusLine[] = [];
  for (const family of families) {
    for (const text of expandFamily(random, family, 'train')) {
      take(train, { text, locale: family.locale, label: family.label, family: family.name });
    }
  }
  // Dev lines that training already holds (same folded text) are dropped, so dev stays unseen.
  const dev: CorpusLine[] = [];
  for (const family of [...families, ...ENGLISH_HELD_OUT, ...TURKISH_HELD_OUT]) {
    const texts = family.lines ?? expandFamily(random, family, 'dev');
    for (const text of texts) {
      take(dev, { text, locale: family.locale, label: family.label, family: family.name });
    }
  }
  return { train, dev };
}

export function toJsonLines(lines: readonly object[]): string {
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}
