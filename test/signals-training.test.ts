// `npm run train:signals` is reproducible: the committed corpus and weights are what the script writes today.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHumanRequestCorpus, toJsonLines } from '../scripts/signals/build-corpus.js';
import { buildSentimentCorpus } from '../scripts/signals/sentiment-corpus.js';
import { lexiconWords, trainLocaleModel } from '../scripts/signals/train-locale.js';
import { trainHumanRequestModel } from '../scripts/signals/train-model.js';
import { typoWordsModule } from '../scripts/signals/typo-words.js';
import { localeWeightsModule, weightsModule } from '../scripts/signals/weights-module.js';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('signal training', () => {
  const corpus = buildHumanRequestCorpus();

  it('writes the committed corpus, and the dev split shares no line with training', () => {
    expect(toJsonLines(corpus.train)).toBe(read('data/signals/human-request-train.jsonl'));
    expect(toJsonLines(corpus.dev)).toBe(read('data/signals/human-request-dev.jsonl'));
    expect(toJsonLines(buildSentimentCorpus())).toBe(read('data/signals/sentiment-dev.jsonl'));
    const seen = new Set(corpus.train.map((line) => `${line.locale}|${line.text.toLowerCase()}`));
    expect(corpus.dev.filter((line) => seen.has(`${line.locale}|${line.text.toLowerCase()}`))).toEqual([]);
  });

  it('trains, from a fixed seed, exactly the weights that ship', () => {
    const trainText = toJsonLines(corpus.train);
    const sha = createHash('sha256').update(trainText).digest('hex');
    const written = weightsModule(trainHumanRequestModel(corpus.train), sha);
    // Compare digests: a 170 kB string diff helps nobody when it fails.
    const digest = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(digest(written)).toBe(digest(read('src/core/signals/human-request-weights.ts')));
  }, 120_000);

  it('trains exactly the locale weights that ship (after changing the corpus or a lexicon, run npm run train:signals)', () => {
    const written = localeWeightsModule(trainLocaleModel(corpus.train, lexiconWords()));
    expect(written).toBe(read('src/core/signals/locale-weights.ts'));
  });

  it('writes exactly the words of the corpus that ship for the typo reading', () => {
    expect(typoWordsModule()).toBe(read('src/core/signals/typo-words.ts'));
  });
});
