// Measures the human-request and sentiment detectors against labelled examples, per locale and overall.
import { z } from 'zod';
import type { SignalLocale } from './detect-locale.js';
import { detectHumanRequest } from './human-request.js';
import { scoreSentiment } from './sentiment.js';

/** A score below this counts as negative. */
export const NEGATIVE_BELOW = -0.15;
/** A score above this counts as positive. */
export const POSITIVE_ABOVE = 0.15;

const Locale = z.enum(['tr', 'en']);
const SentimentLabelSchema = z.enum(['negative', 'neutral', 'positive']);

/** A labelled example for the human-request detector. */
export const HumanRequestExample = z.object({ text: z.string(), locale: Locale, label: z.boolean() });
export type HumanRequestExample = z.infer<typeof HumanRequestExample>;

/** A labelled example for the sentiment scorer. */
export const SentimentExample = z.object({ text: z.string(), locale: Locale, label: SentimentLabelSchema });
export type SentimentExample = z.infer<typeof SentimentExample>;

/** The three sentiment classes of the labelled set. */
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

/** Precision and recall of a yes/no detector. */
export interface BinaryMetrics {
  count: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Texts the detector got wrong, to read when a figure drops. */
  errors: { text: string; expected: boolean }[];
}

/** Precision and recall of one sentiment class. */
export interface ClassMetrics {
  support: number;
  precision: number;
  recall: number;
}

/** Accuracy and per-class figures of the sentiment scorer. */
export interface SentimentMetrics {
  count: number;
  accuracy: number;
  classes: Record<SentimentLabel, ClassMetrics>;
  errors: { text: string; expected: SentimentLabel; actual: SentimentLabel; score: number }[];
}

/** Figures for every locale present and for all examples together. */
export interface DetectorReport<M> {
  overall: M;
  byLocale: Partial<Record<SignalLocale, M>>;
}

function parseLines<T>(jsonLines: string, schema: z.ZodType<T>): T[] {
  return jsonLines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new Error(`line ${index + 1}: ${parsed.error.message}`);
      }
      return parsed.data;
    });
}

/** Parses JSON Lines of `{ text, locale, label: boolean }`; throws naming the first bad line. */
export function parseHumanRequestExamples(jsonLines: string): HumanRequestExample[] {
  return parseLines(jsonLines, HumanRequestExample);
}

/** Parses JSON Lines of `{ text, locale, label: "negative" | "neutral" | "positive" }`. */
export function parseSentimentExamples(jsonLines: string): SentimentExample[] {
  return parseLines(jsonLines, SentimentExample);
}

/** The class a sentiment score falls in, using NEGATIVE_BELOW and POSITIVE_ABOVE. */
export function labelSentiment(score: number): SentimentLabel {
  return score < NEGATIVE_BELOW ? 'negative' : score > POSITIVE_ABOVE ? 'positive' : 'neutral';
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function binaryMetrics(examples: readonly HumanRequestExample[]): BinaryMetrics {
  const metrics = { count: examples.length, truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const errors: BinaryMetrics['errors'] = [];
  for (const example of examples) {
    const detected = detectHumanRequest(example.text, example.locale).requested;
    if (detected && example.label) {
      metrics.truePositives += 1;
    } else if (detected !== example.label) {
      metrics[detected ? 'falsePositives' : 'falseNegatives'] += 1;
      errors.push({ text: example.text, expected: example.label });
    }
  }
  return {
    ...metrics,
    precision: ratio(metrics.truePositives, metrics.truePositives + metrics.falsePositives),
    recall: ratio(metrics.truePositives, metrics.truePositives + metrics.falseNegatives),
    errors,
  };
}

function sentimentMetrics(examples: readonly SentimentExample[]): SentimentMetrics {
  const labels: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
  const predicted = examples.map((example) => {
    const score = scoreSentiment(example.text, example.locale).score;
    return { example, score, actual: labelSentiment(score) };
  });
  const classes = Object.fromEntries(
    labels.map((label) => {
      const support = predicted.filter(({ example }) => example.label === label).length;
      const chosen = predicted.filter(({ actual }) => actual === label).length;
      const right = predicted.filter(
        ({ example, actual }) => example.label === label && actual === label,
      ).length;
      return [label, { support, precision: ratio(right, chosen), recall: ratio(right, support) }];
    }),
  ) as Record<SentimentLabel, ClassMetrics>;
  const errors = predicted
    .filter(({ example, actual }) => example.label !== actual)
    .map(({ example, actual, score }) => ({ text: example.text, expected: example.label, actual, score }));
  return {
    count: examples.length,
    accuracy: ratio(examples.length - errors.length, examples.length),
    classes,
    errors,
  };
}

function byLocale<E extends { locale: SignalLocale }, M>(
  examples: readonly E[],
  measure: (subset: readonly E[]) => M,
): DetectorReport<M> {
  const report: DetectorReport<M> = { overall: measure(examples), byLocale: {} };
  for (const locale of ['en', 'tr'] as const) {
    const subset = examples.filter((example) => example.locale === locale);
    if (subset.length > 0) {
      report.byLocale[locale] = measure(subset);
    }
  }
  return report;
}

/** Precision and recall of detectHumanRequest on labelled examples, per locale and overall. */
export function evaluateHumanRequest(
  examples: readonly HumanRequestExample[],
): DetectorReport<BinaryMetrics> {
  return byLocale(examples, binaryMetrics);
}

/** Accuracy and per-class precision/recall of scoreSentiment on labelled examples. */
export function evaluateSentiment(examples: readonly SentimentExample[]): DetectorReport<SentimentMetrics> {
  return byLocale(examples, sentimentMetrics);
}
