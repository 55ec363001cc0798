// Typing noise of real chat: typos, lost spaces, no Turkish letters, no capitals or punctuation, shouting.
import { type Random, pick } from './random.js';

const NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'sqz',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wr',
  f: 'dg',
  g: 'fh',
  h: 'gj',
  i: 'uo',
  j: 'hk',
  k: 'jl',
  l: 'k',
  m: 'n',
  n: 'bm',
  o: 'ip',
  p: 'o',
  q: 'w',
  r: 'et',
  s: 'ad',
  t: 'ry',
  u: 'yi',
  v: 'cb',
  w: 'qe',
  x: 'zc',
  y: 'tu',
  z: 'x',
};
const TURKISH_PLAIN: Readonly<Record<string, string>> = {
  ç: 'c',
  Ç: 'C',
  ğ: 'g',
  Ğ: 'G',
  ı: 'i',
  İ: 'I',
  ö: 'o',
  Ö: 'O',
  ş: 's',
  Ş: 'S',
  ü: 'u',
  Ü: 'U',
};

function letterPositions(text: string): number[] {
  const positions: number[] = [];
  for (let index = 1; index < text.length - 1; index += 1) {
    if (/\p{L}/u.test(text[index] ?? '') && /\p{L}/u.test(text[index - 1] ?? '')) {
      positions.push(index);
    }
  }
  return positions;
}

/** One typo inside a word: a swapped pair, a dropped, doubled or neighbouring letter. */
function typo(random: Random, text: string): string {
  const positions = letterPositions(text);
  if (positions.length === 0) {
    return text;
  }
  const at = pick(random, positions);
  const letter = text[at] ?? '';
  const kind = Math.floor(random() * 4);
  if (kind === 0) {
    return text.slice(0, at - 1) + letter + (text[at - 1] ?? '') + text.slice(at + 1);
  }
  if (kind === 1) {
    return text.slice(0, at) + text.slice(at + 1);
  }
  if (kind === 2) {
    return text.slice(0, at) + letter + text.slice(at);
  }
  const near = NEIGHBOURS[letter.toLowerCase()];
  return near === undefined ? text : text.slice(0, at) + pick(random, [...near]) + text.slice(at + 1);
}

function loseSpace(random: Random, text: string): string {
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index);
  if (spaces.length === 0) {
    return text;
  }
  const at = pick(random, spaces);
  return text.slice(0, at) + text.slice(at + 1);
}

// Chat spellings: "u" for "you", "pls", "dont", "wanna"; Turkish "bi", "istiyom", a question particle glued
// to its verb ("baglarmisiniz"). Each applies with a fixed chance when a line is spelt the chat way.
const CHAT_SPELLINGS: Readonly<Record<'en' | 'tr', readonly (readonly [RegExp, string])[]>> = {
  en: [
    [/\byou\b/gi, 'u'],
    [/\byour\b/gi, 'ur'],
    [/\bplease\b/gi, 'pls'],
    [/\bwith\b/gi, 'w'],
    [/\bI'm\b/gi, 'im'],
    [/\b(do|can|does|did|won|is)n't\b/gi, '$1nt'],
    [/\bwant to\b/gi, 'wanna'],
    [/\bare\b/gi, 'r'],
    [/\bsomeone\b/gi, 'some1'],
    [/\bthanks\b/gi, 'thx'],
  ],
  tr: [
    [/\bbir\b/gi, 'bi'],
    [/([ıiuü])yorum\b/giu, '$1yom'],
    [/ (m[ıiuü](?:s[ıiuü]n(?:[ıiuü]z)?|y[ıiuü]m)?)\b/giu, '$1'],
    [/\blütfen\b/gi, 'lutfn'],
    [/\bdeğil\b/gi, 'diil'],
    [/\bşey\b/gi, 'şiy'],
  ],
};

function chatSpelling(random: Random, text: string, locale: 'en' | 'tr'): string {
  let spelt = text;
  for (const [pattern, replacement] of CHAT_SPELLINGS[locale]) {
    if (random() < 0.5) {
      spelt = spelt.replace(pattern, replacement);
    }
  }
  return spelt;
}

/**
 * Adds the noise real customers type with: about half the lines keep their spelling; the others get
 * one to three of typos, a lost space, no Turkish letters, no capitals, no final punctuation, capitals;
 * with `chat`, a quarter of the lines are first spelt the chat way (the sentiment set is written without).
 */
export function addNoise(random: Random, text: string, locale: 'en' | 'tr', chat = false): string {
  let noisy = chat && random() < 0.25 ? chatSpelling(random, text, locale) : text;
  if (random() < 0.45) {
    const edits = 1 + Math.floor(random() * 3);
    for (let edit = 0; edit < edits; edit += 1) {
      noisy = random() < 0.7 ? typo(random, noisy) : loseSpace(random, noisy);
    }
  }
  if (random() < 0.35) {
    noisy = noisy.replace(/[çÇğĞıİöÖşŞüÜ]/g, (letter) => TURKISH_PLAIN[letter] ?? letter);
  }
  const casing = random();
  if (casing < 0.35) {
    noisy = noisy.toLocaleLowerCase(locale);
  } else if (casing < 0.4) {
    noisy = noisy.toLocaleUpperCase(locale);
  }
  if (random() < 0.3) {
    noisy = noisy.replace(/[.?!]+$/, '');
  }
  return noisy;
}
