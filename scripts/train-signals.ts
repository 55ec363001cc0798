// `npm run train:signals`: writes the signal corpus (data/signals/) and trains the human-request model and the locale
// model from it.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildHumanRequestCorpus, type CorpusLine, toJsonLines } from './signals/build-corpus.js';
import { buildSentimentCorpus } from './signals/sentiment-corpus.js';
import { lexiconWords, trainLocaleModel } from './signals/train-locale.js';
import { trainHumanRequestModel } from './signals/train-model.js';
import { typoWordsModule } from './signals/typo-words.js';
import { localeWeightsModule, weightsModule } from './signals/weights-module.js';

const root = new URL('../', import.meta.url);
const file = (path: string): URL => new URL(path, root);

mkdirSync(file('data/signals/'), { recursive: true });
const corpus = buildHumanRequestCorpus();
const trainText = toJsonLines(corpus.train);
writeFileSync(file('data/signals/human-request-train.jsonl'), trainText);
writeFileSync(file('data/signals/human-request-dev.jsonl'), toJsonLines(corpus.dev));
writeFileSync(file('data/signals/sentiment-dev.jsonl'), toJsonLines(buildSentimentCorpus()));

writeFileSync(file('src/core/signals/typo-words.ts'), typoWordsModule());

const model = trainHumanRequestModel(corpus.train);
const sha = createHash('sha256').update(trainText).digest('hex');
writeFileSync(file('src/core/signals/human-request-weights.ts'), weightsModule(model, sha));
writeFileSync(
  file('src/core/signals/locale-weights.ts'),
  localeWeightsModule(trainLocaleModel(corpus.train, lexiconWords())),
);
const count = (split: CorpusLine[], label: boolean) => split.filter((line) => line.label === label).length;
process.stdout.write(
  `corpus: ${corpus.train.length} training lines (${count(corpus.train, true)} requests), ` +
    `${corpus.dev.length} dev lines (${count(corpus.dev, true)} requests)\n` +
    `model: thresholds en ${model.thresholds.en}, tr ${model.thresholds.tr}; corpus sha256 ${sha}\n`,
);
