import { describe, expect, it } from 'vitest';
import { detectLocale, normaliseLocale } from './detect-locale.js';

describe('detectLocale', () => {
  it('recognises Turkish written with Turkish letters', () => {
    expect(detectLocale('Siparişimi iptal etmek istiyorum')).toBe('tr');
    expect(detectLocale('Kargom gelmedi, çok sinirliyim')).toBe('tr');
  });

  it('recognises Turkish typed without Turkish letters, from words and suffixes', () => {
    for (const text of ['kullanamiyorum', 'gorusmek istiyorum', 'siparisim nerede', 'hesabima giremiyorum']) {
      expect(detectLocale(text), text).toBe('tr');
    }
  });

  it('recognises English', () => {
    expect(detectLocale('Where is my order? It was supposed to arrive yesterday')).toBe('en');
    expect(detectLocale('I cannot log into my account')).toBe('en');
  });

  it('defaults to English when nothing points either way', () => {
    expect(detectLocale('')).toBe('en');
    expect(detectLocale('12345')).toBe('en');
    expect(detectLocale('ok')).toBe('en');
  });
});

describe('normaliseLocale', () => {
  it('reduces locale tags to their language', () => {
    expect(normaliseLocale('tr-TR', 'anything')).toBe('tr');
    expect(normaliseLocale('TR', 'anything')).toBe('tr');
    expect(normaliseLocale('en-GB', 'merhaba nasılsınız')).toBe('en');
    expect(normaliseLocale('en_US', '')).toBe('en');
  });

  it('detects the language of the text when the tag is missing or unknown', () => {
    expect(normaliseLocale(undefined, 'siparişim nerede')).toBe('tr');
    expect(normaliseLocale('de-DE', 'siparisim nerede')).toBe('tr');
    expect(normaliseLocale('fr', 'where is my order')).toBe('en');
    expect(normaliseLocale('', 'where is my order')).toBe('en');
  });
});
