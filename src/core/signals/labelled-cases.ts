// Scores the text detectors on a team's own labelled lines: confusion tables, precision, recall, F1 and the misses.
import { z } from 'zod';
import { detectLocale, type SignalLocale } from './detect-locale.js';
import { labelSentiment, type SentimentLabel } from './evaluate-detectors.js';
import { detectHumanRequest } from './human-request.js';
import { scoreSentiment } from './sentiment.js';

const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;

/**
 * One labelled line: `label` true/false is a human-request label and a sentiment name a sentiment
 * label; `human_request` and `sentiment` give either (or both) explicitly. `locale` defaults to detection.
 */
const LabelledLine = z
  .object({
    text: z.string().max(20_000),
    locale: z.enum(['en', 'tr']).optional(),
    label: z.union([z.boolean(), z.enum(SENTIMENTS)]).optional(),
    human_request: z.boolean().optional(),
    sentiment: z.enum(SENTIMENTS).optional(),
  })
  .refine(
    (line) => line.label !== undefined || line.human_request !== undefined || line.sentiment !== undefined,
    {
      message: 'a line needs a label: "label", "human_request" or "sentiment"',
    },
  );

/** A labelled case as read from one line. */
export interface LabelledCase {
  line: number;
  text: string;
  locale: SignalLocale;
  humanRequest?: boolean;
  sentiment?: SentimentLabel;
}

/** Reads JSON Lines of labelled cases; a bad line is reported with its number and skipped. */
export function parseLabelledCases(jsonLines: string): { cases: LabelledCase[]; errors: string[] } {
  const cases: LabelledCase[] = [];
  const errors: string[] = [];
  jsonLines.split(/\r?\n/).forEach((body, index) => {
    if (body.trim() === '') {
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      errors.push(`${index + 1}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const parsed = LabelledLine.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push(`${index + 1}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
      return;
    }
    const { text, locale, label, human_request: humanRequest, sentiment } = parsed.data;
    cases.push({
      line: index + 1,
      text,
      locale: locale ?? detectLocale(text),
      humanRequest: humanRequest ?? (typeof label === 'boolean' ? label : undefined),
      sentiment: sentiment ?? (typeof label === 'string' ? label : undefined),
    });
  });
  return { cases, errors };
}

/** A binary detector's confusion table and figures. */
export interface BinaryScore {
  count: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of the negatives it flagged. */
  falseAlarmRate: number;
  misses: { line: number; text: string; expected: boolean; source: string | null; probability: number }[];
}

/** Sentiment figures: `confusion[expected][actual]` counts, per-class precision/recall/F1, accuracy. */
export interface SentimentScore {
  count: number;
  accuracy: number;
  confusion: Record<SentimentLabel, Record<SentimentLabel, number>>;
  classes: Record<SentimentLabel, { support: number; precision: number; recall: number; f1: number }>;
  misses: { line: number; text: string; expected: SentimentLabel; actual: SentimentLabel; score: number }[];
}

export interface LabelledReport {
  humanRequest: { overall: BinaryScore; byLocale: Partial<Record<SignalLocale, BinaryScore>> } | null;
  sentiment: { overall: SentimentScore; byLocale: Partial<Record<SignalLocale, SentimentScore>> } | null;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const f1 = (precision: number, recall: number): number =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

function scoreHumanRequest(cases: readonly LabelledCase[]): BinaryScore {
  const counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
  const misses: BinaryScore['misses'] = [];
  for (const item of cases) {
    const expected = item.humanRequest === true;
    const found = detectHumanRequest(item.text, item.locale);
    const key = found.requested
      ? expected
        ? 'truePositives'
        : 'falsePositives'
      : expected
        ? 'falseNegatives'
        : 'trueNegatives';
    counts[key] += 1;
    if (found.requested !== expected) {
      misses.push({
        line: item.line,
        text: item.text,
        expected,
        source: found.source,
        probability: found.probability,
      });
    }
  }
  const precision = ratio(counts.truePositives, counts.truePositives + counts.falsePositives);
  const recall = ratio(counts.truePositives, counts.truePositives + counts.falseNegatives);
  return {
    count: cases.length,
    ...counts,
    precision,
    recall,
    f1: f1(precision, recall),
    falseAlarmRate: ratio(counts.falsePositives, counts.falsePositives + counts.trueNegatives),
    misses,
  };
}

function scoreSentiments(cases: readonly LabelledCase[]): SentimentScore {
  const row = (): Record<SentimentLabel, number> => ({ negative: 0, neutral: 0, positive: 0 });
  const confusion = { negative: row(), neutral: row(), positive: row() };
  const misses: SentimentScore['misses'] = [];
  for (const item of cases) {
    const expected = item.sentiment ?? 'neutral';
    const score = scoreSentiment(item.text, item.locale).score;
    const actual = labelSentiment(score);
    confusion[expected][actual] += 1;
    if (actual !== expected) {
      misses.push({ line: item.line, text: item.text, expected, actual, score });
    }
  }
  const classes = Object.fromEntries(
    SENTIMENTS.map((label) => {
      const support = SENTIMENTS.reduce((sum, actual) => sum + confusion[label][actual], 0);
      const chosen = SENTIMENTS.reduce((sum, expected) => sum + confusion[expected][label], 0);
      const precision = ratio(confusion[label][label], chosen);
      const recall = ratio(confusion[label][label], support);
      return [label, { support, precision, recall, f1: f1(precision, recall) }];
    }),
  ) as SentimentScore['classes'];
  return {
    count: cases.length,
    accuracy: ratio(cases.length - misses.length, cases.length),
    confusion,
    classes,
    misses,
  };
}

function perLocale<M>(
  cases: readonly LabelledCase[],
  score: (subset: readonly LabelledCase[]) => M,
): { overall: M; byLocale: Partial<Record<SignalLocale, M>> } | null {
  if (cases.length === 0) {
    return null;
  }
  const byLocale: Partial<Record<SignalLocale, M>> = {};
  for (const locale of ['en', 'tr'] as const) {
    const subset = cases.filter((item) => item.locale === locale);
    if (subset.length > 0) {
      byLocale[locale] = score(subset);
    }
  }
  return { overall: score(cases), byLocale };
}

/** Runs both detectors over the cases that carry their label, per locale and overall. */
export function evaluateLabelledCases(cases: readonly LabelledCase[]): LabelledReport {
  return {
    humanRequest: perLocale(
      cases.filter((item) => item.humanRequest !== undefined),
      scoreHumanRequest,
    ),
    sentiment: perLocale(
      cases.filter((item) => item.sentiment !== undefined),
      scoreSentiments,
    ),
  };
}
