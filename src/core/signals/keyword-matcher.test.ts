import { describe, expect, it } from 'vitest';
import { compileKeywordMatcher } from './keyword-matcher.js';
import { tokenize } from './normalise.js';

const entries = (...keywords: string[]) => keywords.map((keyword) => ({ keyword }));

describe('compileKeywordMatcher', () => {
  it('matches whole words only without a star', () => {
    const matcher = compileKeywordMatcher(entries('cancel'));
    expect(matcher.match(tokenize('Please cancel my order'))).toEqual(['cancel']);
    expect(matcher.match(tokenize('what is your cancellation policy?'))).toEqual([]);
  });

  it('matches a word prefix with a trailing star', () => {
    const matcher = compileKeywordMatcher(entries('iptal*', 'cancel*'));
    expect(matcher.match(tokenize('siparişimin iptalini istiyorum'))).toEqual(['iptal*']);
    expect(matcher.match(tokenize('about the cancellation'))).toEqual(['cancel*']);
    expect(matcher.match(tokenize('İPTAL'))).toEqual(['iptal*']);
  });

  it('matches Turkish keywords whatever the case, dotted or dotless I, and diacritics', () => {
    const matcher = compileKeywordMatcher(entries('iptal', 'şikayet'));
    for (const text of ['İPTAL', 'İptal', 'iptal', 'ıptal', 'IPTAL']) {
      expect(matcher.match(tokenize(text)), text).toEqual(['iptal']);
    }
    expect(matcher.match(tokenize('sikayet etmek istiyorum'))).toEqual(['şikayet']);
  });

  it('matches phrases on consecutive tokens only', () => {
    const matcher = compileKeywordMatcher(entries('legal action', 'yasal işlem*'));
    expect(matcher.match(tokenize('I will take legal action'))).toEqual(['legal action']);
    expect(matcher.match(tokenize('legal team, no action yet'))).toEqual([]);
    expect(matcher.match(tokenize('yasal işlemlere başlayacağım'))).toEqual(['yasal işlem*']);
    expect(matcher.match(['legal', '\u0000', 'action'])).toEqual([]);
  });

  it('keeps locale-bound keywords to their locale', () => {
    const matcher = compileKeywordMatcher([
      { keyword: 'legal', locale: 'en' },
      { keyword: 'yasal', locale: 'tr-TR' },
      { keyword: 'avukat' },
    ]);
    expect(matcher.match(tokenize('legal yasal avukat'), 'en')).toEqual(['legal', 'avukat']);
    expect(matcher.match(tokenize('legal yasal avukat'), 'tr')).toEqual(['yasal', 'avukat']);
    expect(matcher.match(tokenize('legal yasal avukat'))).toEqual(['avukat']);
  });

  it('keeps locale-bound prefixes and phrases to their locale, one-letter prefixes included', () => {
    const matcher = compileKeywordMatcher([
      { keyword: 'iptal*', locale: 'tr' },
      { keyword: 'hukuki işlem*', locale: 'tr' },
      { keyword: 'cancel*', locale: 'en' },
      { keyword: 'z*' },
      { keyword: 'da*', locale: 'en-GB' },
    ]);
    const tokens = tokenize('iptalini cancelled hukuki işlemler zorunlu damage');
    expect(matcher.match(tokens, 'tr')).toEqual(['iptal*', 'hukuki işlem*', 'z*']);
    expect(matcher.match(tokens, 'en')).toEqual(['cancel*', 'z*', 'da*']);
    expect(matcher.match(tokens, 'de')).toEqual(['z*']);
    expect(matcher.match(tokens)).toEqual(['z*']);
  });

  it('returns distinct keywords as written, in entry order', () => {
    const matcher = compileKeywordMatcher(entries('refund*', 'Cancel', 'refund*', 'cancel'));
    expect(matcher.match(tokenize('cancel it, refund it, cancel again, refunds'))).toEqual([
      'refund*',
      'Cancel',
      'cancel',
    ]);
  });

  it('ignores keywords with no words and matches nothing when empty', () => {
    expect(compileKeywordMatcher(entries('', '*', '  ')).match(tokenize('anything'))).toEqual([]);
    expect(compileKeywordMatcher([]).match(tokenize('anything'))).toEqual([]);
  });

  it('handles thousands of keywords without scanning each one per token', () => {
    const many = Array.from({ length: 5000 }, (_, index) => ({
      keyword: `word${index}${index % 2 ? '*' : ''}`,
    }));
    const matcher = compileKeywordMatcher([...many, { keyword: 'needle' }]);
    const tokens = tokenize(`${'lorem ipsum '.repeat(5000)} needle word4999x word17`);
    expect(matcher.match(tokens)).toEqual([
      'word1*',
      'word17*',
      'word49*',
      'word499*',
      'word4999*',
      'needle',
    ]);
  });
});
