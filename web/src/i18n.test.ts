// Every word exists in both languages, placeholders survive translation, and the choice is remembered.
import { describe, expect, it } from 'vitest';
import { dictionaries, initialLang, rememberLang, translate } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('words', () => {
  it('has every English word in Turkish, with the same placeholders, and none left empty', () => {
    const english = Object.entries(dictionaries.en);
    expect(Object.keys(dictionaries.tr).sort()).toEqual(english.map(([key]) => key).sort());
    for (const [key, text] of english) {
      const turkish = dictionaries.tr[key as keyof typeof dictionaries.tr];
      expect(turkish.trim(), key).not.toBe('');
      expect(placeholders(turkish), key).toEqual(placeholders(text));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'activeVersion', { n: 3 })).toBe('Active version 3');
    expect(translate('tr', 'saved', { n: 4 })).toBe('4. sürüm olarak kaydedildi.');
    expect(translate('tr', 'line', { line: 2, col: 5 })).toBe('satır 2, sütun 5');
  });

  it('remembers the choice, else follows a Turkish browser, else English', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => void saved.set(key, value),
    };
    expect(initialLang(storage, ['de-DE', 'en'])).toBe('en');
    expect(initialLang(storage, ['tr-TR'])).toBe('tr');
    rememberLang(storage, 'en');
    expect(initialLang(storage, ['tr-TR'])).toBe('en');
    saved.set('handoff.lang', 'xx');
    expect(initialLang(storage, ['tr'])).toBe('tr');
    expect(initialLang(null, [])).toBe('en');
  });
});
