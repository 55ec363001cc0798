import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldText,
  joinedWords,
  splitFoldedClauses,
  TextMemo,
  tokenize,
  tokenizeClauses,
} from './normalise.js';

describe('foldText', () => {
  it('folds every spelling of İPTAL to iptal, dotted or dotless, upper or lower case', () => {
    for (const spelling of ['İPTAL', 'İptal', 'iptal', 'ıptal', 'IPTAL']) {
      expect(foldText(spelling), spelling).toBe('iptal');
    }
  });

  it('drops Turkish and other diacritics so text typed without them matches', () => {
    expect(foldText('şikayet')).toBe(foldText('sikayet'));
    expect(foldText('ŞİKAYET')).toBe('sikayet');
    expect(foldText('Müşteri Ağır Çözüm Öğretmen âlâ')).toBe('musteri agir cozum ogretmen ala');
    expect(foldText('Crème brûlée, naïve')).toBe('creme brulee, naive');
  });

  it('spells out ß and straightens curly quotes and apostrophes', () => {
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Ayşe’nin “siparişi”')).toBe('ayse\'nin "siparisi"');
  });

  it('folds letters beyond its table the general way, and straightens a backtick in non-ASCII text', () => {
    expect(foldText('ﬁne Σ 𝐀')).toBe('fine σ A');
    expect(foldText('`Çok`')).toBe("'cok'");
    expect(tokenize('𝐀bc déf')).toEqual(['Abc', 'def']);
  });

  it('leaves plain ASCII lower-cased and otherwise unchanged', () => {
    expect(foldText('Order #A-1 is LATE!')).toBe('order #a-1 is late!');
  });
});

describe('tokenize', () => {
  it('splits folded text into words of letters and digits', () => {
    expect(tokenize('Siparişim (A-1) hâlâ GELMEDİ!!')).toEqual(['siparisim', 'a', '1', 'hala', 'gelmedi']);
  });

  it('splits Turkish words at the apostrophe before a suffix, curly or straight', () => {
    expect(tokenize("Ayşe'nin")).toEqual(['ayse', 'nin']);
    expect(tokenize('Ayşe’nin iadesi')).toEqual(['ayse', 'nin', 'iadesi']);
  });

  it('gives nothing for text without words', () => {
    expect(tokenize('  ?!… 🙂 ')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });
});

describe('TextMemo', () => {
  const pieces = [
    'iptal',
    'İPTAL',
    'cancel',
    ' ',
    '  ',
    '.',
    '!',
    '?',
    ',',
    ';',
    ':',
    '\n',
    '\r',
    '\t',
    '-',
    ' - ',
    ' – ',
    '(',
    ')',
    '[',
    '"',
    "'",
    '…',
    'ş',
    'ß',
    '42',
    '😡',
    '𝐀',
    'person-to-person',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

  it('gives the sentence and grammar clauses that tokenizeClauses and splitFoldedClauses give, either asked first', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, sentencesFirst) => {
        const memo = new TextMemo();
        const grammarFirst = sentencesFirst ? undefined : memo.grammarClauses(text);
        const sentences = memo.sentenceClauses(text);
        const grammar = grammarFirst ?? memo.grammarClauses(text);
        expect(sentences).toEqual(tokenizeClauses(text));
        expect(grammar).toEqual(splitFoldedClauses(foldText(text), false));
        expect(memo.sentenceClauses(text)).toBe(sentences);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a sentence finer at brackets, quotes and a spaced dash, the same words in both', () => {
    const memo = new TextMemo();
    const text = 'Ich will (nicht) kündigen - "jetzt", bitte. Danke';
    expect(memo.sentenceClauses(text)).toEqual([
      ['ich', 'will', 'nicht', 'kundigen', 'jetzt'],
      ['bitte'],
      ['danke'],
    ]);
    expect(memo.grammarClauses(text)).toEqual([
      ['ich', 'will'],
      ['nicht'],
      ['kundigen'],
      ['jetzt'],
      ['bitte'],
      ['danke'],
    ]);
  });
});

describe('joinedWords', () => {
  it('joins by single spaces, the same string on a second read, and per list', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 8 }), (words) => {
        const once = joinedWords(words);
        expect(once).toBe(words.join(' '));
        expect(joinedWords(words)).toBe(once);
        expect(joinedWords([...words, 'more'])).toBe([...words, 'more'].join(' '));
      }),
    );
  });
});
