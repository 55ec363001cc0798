import { describe, expect, it } from 'vitest';
import { isAnInabilityTold } from './human-request-inability-told.js';
import { tokenize } from './normalise.js';

const told = (text: string, hasQuestionMark = false): boolean => {
  const words = tokenize(text);
  return isAnInabilityTold('en', words, words, hasQuestionMark);
};

describe('isAnInabilityTold: failing to reach people told, not pleaded', () => {
  it('reads an inability that governs reaching someone, in ten words or more', () => {
    expect(told('unable to reach an acme agent about my internet and billing problems')).toBe(true);
    expect(told('the automated line is useless and it is impossible to speak with a human right now')).toBe(
      true,
    );
  });

  it("reads a contraction kept in two words, as the model's sentence keeps it", () => {
    expect(told('the automated line is useless and i can t get through to a human at all')).toBe(true);
  });

  it('leaves a short plea, a question, a plea word, and an inability of something else', () => {
    expect(told('i cant reach anyone')).toBe(false);
    expect(told('why is it impossible to reach a human at your company', true)).toBe(false);
    expect(told('it is impossible to speak to a person, please have someone call me today')).toBe(false);
    expect(told('i cannot fix this on my own so a technician should ring me today')).toBe(false);
  });
});

describe('isAnInabilityToldInTurkish: the same, told in Turkish', () => {
  const toldTr = (text: string, hasQuestionMark = false): boolean => {
    const words = tokenize(text);
    return isAnInabilityTold('tr', words, words, hasQuestionMark);
  };

  it('reads a cannot form of reaching, or reaching said impossible, in ten words or more', () => {
    expect(
      toldTr(
        'acme musteri hizmetlerine asla ulasamiyorum beni baska birime aktariyorlar kimse aciklama yapmiyor',
      ),
    ).toBe(true);
    expect(
      toldTr('aksamlari cagri merkezi calisanlarina ulasmak mumkun degil bunu bilginize sunuyorum'),
    ).toBe(true);
  });

  it('leaves a short plea, a question, and a plea word', () => {
    expect(toldTr('destek hattina ulasamiyorum')).toBe(false);
    expect(toldTr('neden uc gundur musteri hizmetlerine ulasamiyorum kimse telefonu acmiyor', true)).toBe(
      false,
    );
    expect(toldTr('iki gundur musteri hizmetlerine ulasamiyorum lutfen bir yetkili beni arasin')).toBe(false);
  });
});
