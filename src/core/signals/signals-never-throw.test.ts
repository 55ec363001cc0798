import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileKeywordMatcher,
  detectHumanRequest,
  detectLocale,
  findPii,
  foldText,
  normaliseLocale,
  redactPii,
  scoreConversation,
  scoreSentiment,
  tokenize,
} from './index.js';

// Strings that mix the characters the detectors care about with arbitrary Unicode.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        'İ',
        'ı',
        'ş',
        'TR33',
        ' 0006 ',
        '4111',
        '@',
        '+90',
        '!!!',
        '???',
        'not',
        'değil',
        'agent',
        '-',
        "'",
        '*',
        '\ud800',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);
const locale = fc.constantFrom<'tr' | 'en' | undefined>('tr', 'en', undefined);

describe('signals on arbitrary text', () => {
  it('never throw, and sentiment stays within −1..1', () => {
    const matcher = compileKeywordMatcher([{ keyword: 'iptal*' }, { keyword: 'legal action', locale: 'en' }]);
    fc.assert(
      fc.property(text, locale, (value, lang) => {
        foldText(value);
        const tokens = tokenize(value);
        detectLocale(value);
        normaliseLocale(lang, value);
        matcher.match(tokens, lang);
        detectHumanRequest(value, lang);
        const sentiment = scoreSentiment(value, lang);
        expect(sentiment.score).toBeGreaterThanOrEqual(-1);
        expect(sentiment.score).toBeLessThanOrEqual(1);
        const conversation = scoreConversation(
          [
            { role: 'customer', text: value },
            { role: 'ai', text: value },
          ],
          lang,
        );
        expect(Math.abs(conversation.score)).toBeLessThanOrEqual(1);
        for (const match of findPii(value)) {
          expect(value.slice(match.start, match.end)).toBe(match.value);
        }
        redactPii(value);
      }),
      { numRuns: 500 },
    );
  });

  it('compiles arbitrary keyword lists without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 20 }),
        text,
        (keywords, value) => {
          const matched = compileKeywordMatcher(keywords.map((keyword) => ({ keyword }))).match(
            tokenize(value),
          );
          expect(matched.every((keyword) => keywords.includes(keyword))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
