// Reads a word typed with a slip as the word of the corpus it stands for: a letter doubled ("şimmdi"), two neighbours
// swapped ("nsaıl"), or a letter lost from a word of five letters or more ("numbr", "coud", "ulşabilirim"). A real
// word a slip from a corpus word ("tried" and "tired", "size" and "sizle", "geliyor" and "gelmiyor") is never read as
// it: the words of a dictionary a slip away from the corpus ship beside the corpus's words (typo-words.ts). A letter
// replaced or added is not read: too many of those make another word the dictionaries do not hold.
import { isFoldedWordAt } from './normalise.js';
import { lostLetterSlipsOf, reorderedSlipsOf, SHORTEST_LOST, SHORTEST_TYPO } from './slips.js';
import { REAL_SLIPS, TYPO_WORDS } from './typo-words.js';

/** Each slip of a corpus word, and the word; a slip of two words is read as neither. */
type Slips = ReadonlyMap<string, string | null>;

interface Reader {
  /** Words never read as another: the corpus's and the real words a slip from them. */
  asTyped: ReadonlySet<string>;
  /** A letter doubled or two swapped, read first: "neeed" is "need", not "needed" with a letter lost. */
  reordered: Slips;
  lostLetter: Slips;
  /** Turkish: the endings the corpus puts after a word it also holds alone ("temsilci" + "siyle"). */
  endings: ReadonlySet<string>;
}

const READERS: Partial<Record<'en' | 'tr', Reader>> = {};

function slipsFrom(
  known: readonly string[],
  asTyped: ReadonlySet<string>,
  slipsOf: (word: string) => string[],
): Slips {
  const slips = new Map<string, string | null>();
  for (const word of known) {
    for (const slip of slipsOf(word)) {
      if (!asTyped.has(slip)) {
        const before = slips.get(slip);
        slips.set(slip, before === undefined || before === word ? word : null);
      }
    }
  }
  return slips;
}

/** Whether a slip lost a letter inside the word, neither its first nor its last: "coud" of "could", not "robo". */
function isLostInside(word: string, slip: string): boolean {
  return slip !== word.slice(0, -1) && slip !== word.slice(1);
}

const LONGEST_SEEN_ENDING = 5;

/** The endings the corpus puts after a word of SHORTEST_STEM letters or more that it also holds alone. */
function endingsOf(known: readonly string[]): Set<string> {
  const words = new Set(known);
  const endings = new Set<string>();
  for (const word of known) {
    for (let end = Math.max(SHORTEST_STEM, word.length - LONGEST_SEEN_ENDING); end < word.length; end += 1) {
      if (words.has(word.slice(0, end))) {
        endings.add(word.slice(end));
      }
    }
  }
  return endings;
}

function readerOf(language: 'en' | 'tr'): Reader {
  let found = READERS[language];
  if (found === undefined) {
    const known = TYPO_WORDS[language].split(' ');
    const asTyped = new Set([...known, ...REAL_SLIPS[language].split(' ')]);
    found = {
      asTyped,
      reordered: slipsFrom(known, asTyped, reorderedSlipsOf),
      lostLetter: slipsFrom(known, asTyped, lostLetterSlipsOf),
      endings: language === 'tr' ? endingsOf(known) : new Set(),
    };
    READERS[language] = found;
  }
  return found;
}

// Turkish adds its endings to a word the corpus holds in other forms: "numaarnız" is "numara" typed with a slip and
// "nız" after it. A doubled or swapped letter is read in the start of a word when what follows is a short ending;
// never in a word that starts with a word the corpus holds ("görüşebilirmiyiz" is "görüşebilir" and "miyiz" glued,
// typed right). A lost letter only inside a word and before an ending the corpus itself puts after a word: "gerekir"
// is no "gereki" short of "gerekli" with an "r" after it, "şubeyi" no "şubeye" short its last letter.
const LONGEST_ENDING = 4;
// A verb in the present tense takes endings that make another real form of it ("yazışıyorum", "yazışıyormuş"): its
// letters are not read before an ending.
const PRESENT_TENSE = 'yor';
const SHORTEST_STEM = 6;

function stemRead(token: string, { asTyped, reordered, lostLetter, endings }: Reader): string | undefined {
  for (let end = token.length - 1; end >= SHORTEST_STEM; end -= 1) {
    if (asTyped.has(token.slice(0, end))) {
      return undefined;
    }
  }
  for (let end = token.length - 1; end >= SHORTEST_STEM && end >= token.length - LONGEST_ENDING; end -= 1) {
    const stem = token.slice(0, end);
    if (stem.includes(PRESENT_TENSE)) {
      return undefined;
    }
    const read = reordered.get(stem);
    if (read !== undefined) {
      return read === null ? undefined : read + token.slice(end);
    }
  }
  // A letter lost inside a word before an ending the corpus puts after words it holds alone ("temslcisiyle",
  // "yetkliyle"): round 67, on dev lines with a vowel lost in every long word, 68 -> 48 Turkish requests lost.
  for (
    let end = token.length - 1;
    end >= SHORTEST_STEM - 1 && end >= token.length - LONGEST_SEEN_ENDING;
    end -= 1
  ) {
    const stem = token.slice(0, end);
    const ending = token.slice(end);
    if (stem.includes(PRESENT_TENSE) || !endings.has(ending)) {
      continue;
    }
    const read = lostLetter.get(stem);
    // "şubeyi" is "şube" and "yi", not "şubeye" short its last letter; "imsiniz" no "kimsin" short its first.
    if (typeof read === 'string' && isLostInside(read, stem)) {
      return read + ending;
    }
  }
  return undefined;
}

/**
 * The corpus's word a word not of the corpus stands for: a doubled or swapped letter first, then a lost one, then in
 * Turkish a slip before an ending; a slip that two words share at one step is read as neither, and no further.
 */
function readingOf(token: string, language: 'en' | 'tr', reader: Reader): string | undefined {
  if (token.length < SHORTEST_TYPO) {
    // "coud", "ownr": a short word read only with a letter lost inside it; "robo" is a word cut short, not "robot".
    const read = reader.lostLetter.get(token);
    return typeof read === 'string' && isLostInside(read, token) ? read : undefined;
  }
  const reordered = reader.reordered.get(token);
  if (reordered !== undefined) {
    return reordered ?? undefined;
  }
  const lostLetter = reader.lostLetter.get(token);
  if (lostLetter !== undefined) {
    return lostLetter ?? undefined;
  }
  return language === 'tr' ? stemRead(token, reader) : undefined;
}

/** Folded text with each word typed with a slip read as the one word of the corpus it is. */
export function withTyposRead(folded: string, language: 'en' | 'tr'): string {
  const reader = readerOf(language);
  const { asTyped } = reader;
  let read = '';
  let copied = 0;
  // A loop over the characters, not a regular expression: most messages have no slip, and the text is rebuilt only
  // from the first word read otherwise.
  for (let at = 0; at < folded.length;) {
    if (!isFoldedWordAt(folded, at)) {
      at += 1;
      continue;
    }
    const start = at;
    while (at < folded.length && isFoldedWordAt(folded, at)) {
      at += 1;
    }
    if (at - start < SHORTEST_LOST) {
      continue;
    }
    const token = folded.slice(start, at);
    const correction = asTyped.has(token) ? undefined : readingOf(token, language, reader);
    if (typeof correction === 'string') {
      read += folded.slice(copied, start) + correction;
      copied = at;
    }
  }
  return copied === 0 ? folded : read + folded.slice(copied);
}
