import { describe, expect, it } from 'vitest';
import { localeOfTag } from './detect-locale.js';

describe('localeOfTag', () => {
  it('reduces English and Turkish tags to their language', () => {
    expect(localeOfTag('en')).toBe('en');
    expect(localeOfTag('tr')).toBe('tr');
    expect(localeOfTag(' TR-tr ')).toBe('tr');
    expect(localeOfTag('tur')).toBe('tr');
    expect(localeOfTag('en_GB')).toBe('en');
    expect(localeOfTag('ENG')).toBe('en');
  });

  it('says nothing for other or missing tags, leaving the text to decide', () => {
    expect(localeOfTag(undefined)).toBeUndefined();
    expect(localeOfTag('')).toBeUndefined();
    expect(localeOfTag('de-DE')).toBeUndefined();
    expect(localeOfTag('english')).toBeUndefined();
  });
});
