import { describe, expect, it } from 'vitest';
import { withTyposRead } from './typos.js';

describe('words typed with a doubled or swapped letter', () => {
  it.each([
    ['a doubled letter in Turkish', 'simmdi ara', 'tr', 'simdi ara'],
    ['two letters swapped in Turkish', 'nsail ulasabilirim', 'tr', 'nasil ulasabilirim'],
    ['a doubled letter in English', 'i neeed a human', 'en', 'i need a human'],
    ['two letters swapped in English', 'get me an agnet', 'en', 'get me an agent'],
    ['several slips in one message', 'cagri merkzeini nasil araarim', 'tr', 'cagri merkezini nasil ararim'],
  ] as const)('%s: %s', (_class, text, language, read) => {
    expect(withTyposRead(text, language)).toBe(read);
  });

  it.each([
    ['a real word a swap from another', 'i tried calling twice', 'en'],
    ['a real Turkish word a doubled letter from another', 'hatta iki kez aradim', 'tr'],
    ['a short word', 'teh agnt', 'en'],
    ['a word near no word of the corpus', 'my xylophone broke', 'en'],
    ['a word that loses a letter, which is read as typed', 'ulsabilirim', 'tr'],
  ] as const)('%s stays as typed: %s', (_class, text, language) => {
    expect(withTyposRead(text, language)).toBe(text);
  });
});
