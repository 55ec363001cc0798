// Reads a word as an anchor however badly typed: one edit off, letters doubled, glued to its neighbours.
import { words } from './human-request-cues.js';

// Chat glues words ("bolgemudurumuzlegorusmek", "buradainsanvarmi"): a stem at least this long counts inside a word.
const GLUED_SHORTEST = 4;
/** "orrbotla", "botla": the bot inside a word. */
const TURKISH_BOT = /bot(?:la|a|u|un|tan|unuz)?$|^bot/;

/** Whether two words are at most one edit apart (insert, delete, replace, or swap two neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) {
    return false;
  }
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i += 1;
  }
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) {
      return true; // one replaced, or none
    }
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether an English word is one of the anchors, typed right, one edit off, doubled or glued to a neighbour. */
export function readEnglishIn(anchors: ReadonlySet<string>, token: string): boolean {
  if (anchors.has(token)) {
    return true;
  }
  if (token.length < 4 || NOT_TYPOS.has(token)) {
    return false;
  }
  if (anchors.has(withoutDoubles(token))) {
    return true; // "caall", "teamm", "livee"
  }
  for (const anchor of anchors) {
    // A typo of a long word ("agnet", "reprsentative"), or a lost space ("tosomebody", "humanagent"). Short words
    // take no typo but a doubled letter: "like" is one letter from "live", "and" from "hand".
    // A chat spelling with a digit ("some1", "sum1") keeps its digit however it is typed ("needsome1now", "smoe1"):
    // "somewhere" is no "some1" one letter off.
    if (CHAT_SPELLING.test(anchor)) {
      if (
        token.includes(anchor) ||
        (CHAT_SPELLING.test(token) && (withinOneEdit(token, anchor) || hasWordWithin(token, anchor)))
      ) {
        return true;
      }
      continue;
    }
    if (
      anchor.length >= 5 &&
      !NOT_TYPOS.has(token) &&
      (withinOneEdit(token, anchor) || (!COMMON_ENDINGS.has(anchor) && hasWordWithin(token, anchor)))
    ) {
      return true;
    }
    if (anchor.length < 5 && isGluedShort(token, anchor)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether an English word is one of the words typed right, with letters doubled, or one edit off a word of five
 * letters or more; never a word inside a longer one (for "wanted" is not "want" asked).
 */
export function readEnglishTypoIn(anchors: ReadonlySet<string>, token: string): boolean {
  if (anchors.has(token)) {
    return true;
  }
  if (token.length < 4 || NOT_TYPOS.has(token)) {
    return false;
  }
  if (anchors.has(withoutDoubles(token))) {
    return true;
  }
  // "neeed", "pleeease": a letter held down, kept twice ("need"; withoutDoubles reads "ned").
  if (HELD_DOWN.test(token) && anchors.has(token.replace(HELD_DOWN_ALL, '$1$1'))) {
    return true;
  }
  for (const anchor of anchors) {
    if (anchor.length >= 5 && withinOneEdit(token, anchor)) {
      return true;
    }
  }
  return false;
}

const HELD_DOWN = /(.)\1\1/u;
const HELD_DOWN_ALL = /(.)\1{2,}/gu;

/** A word with each letter typed twice in a row kept once: "caall" is "call". */
function withoutDoubles(token: string): string {
  let kept = '';
  for (const letter of token) {
    if (kept.at(-1) !== letter) {
      kept += letter;
    }
  }
  return kept;
}

// The words a short anchor is glued to in chat ("realrep", "chatpls", "tothe team"): only these, since a short word
// inside another word is usually part of it ("sentence", "calling").
const GLUE = new Set(
  words(`real live actual proper human a an the to my your ur me us pls plz please now asap some any one`),
);

function isGluedShort(token: string, anchor: string): boolean {
  const at = token.indexOf(anchor);
  if (at < 0) {
    return false;
  }
  const before = token.slice(0, at);
  const after = token.slice(at + anchor.length);
  return (
    (before !== '' || after !== '') &&
    (before === '' || GLUE.has(before)) &&
    (after === '' || GLUE.has(after))
  );
}

const CHAT_SPELLING = /\d/;

// Real words one letter from a long anchor: a typo of it only by accident ("contract", "stuff", "export").
const NOT_TYPOS = new Set(
  words(`contract contracts stuff stiff teach peach react steak sneak export exports owned enter entered account
    accounts killing filling willing tales males scales salts humid prone phony shone phones offices contacts
    personal personally personality personalised personalized personalise personalize boot boots booted booting
    reboot rebooting rebooted useless urgent urgently urgency bring brings bringing property properties salesforce`),
);

// Anchors that end many words one letter off ("being" in "robbing", "rubbing", "sobbing"): read whole or mistyped, never
// inside a longer word.
const COMMON_ENDINGS = new Set(words(`being`));

// Endings and beginnings that make another word of an anchor ("personal", "connection", "disconnected",
// "iphone"): the anchor inside those is not glued to a neighbour.
const SUFFIXES = new Set(
  words(`s es ed d er ers al ally ality ity ities ing ings ion ions ive less ly y ies ize ise ship ation ations ance
    ence able ful ness ment ments ic ics ism ist ists`),
);
const PREFIXES = new Set(words(`dis un re in non pre inter i head smart tele micro ear im mis co`));

// Endings that make a noun, a doer or a manner of a verb or a noun: "connection", "connector", "automatically",
// "personally". "connected", "reachable", "persons" are the word itself and are read as it.
const ANOTHER_WORD_ENDINGS = new Set(words(`ion ions or ors ally ly al ality ity ive ively`));

/**
 * Whether the word is the anchor typed right inside another word that a window one edit off beside it would read
 * again: with an ending that makes another word of it ("connecti" in "connection", one letter from "connect"), or
 * after a beginning that does ("dphone" in "headphones", "microphone").
 */
function isAnotherWordOf(token: string, anchor: string): boolean {
  const from = token.indexOf(anchor);
  if (from < 0) {
    return false;
  }
  const before = token.slice(0, from);
  const after = token.slice(from + anchor.length);
  return (
    (before === '' || PREFIXES.has(before)) &&
    (ANOTHER_WORD_ENDINGS.has(after) || (before !== '' && (after === '' || SUFFIXES.has(after))))
  );
}

/** Whether a long anchor sits inside a glued word, typed right or one edit off ("yourcollegues", "realpeeson"). */
function hasWordWithin(token: string, anchor: string): boolean {
  if (token.length <= anchor.length) {
    return false;
  }
  if (isAnotherWordOf(token, anchor)) {
    return false;
  }
  // A letter left out only counts in long words: "peron" inside "pepperoni" is not a person.
  for (
    let size = anchor.length >= 7 ? anchor.length - 1 : anchor.length;
    size <= anchor.length + 1;
    size += 1
  ) {
    for (let from = 0; from + size <= token.length; from += 1) {
      const window = token.slice(from, from + size);
      if (window !== anchor && !withinOneEdit(window, anchor)) {
        continue;
      }
      const before = token.slice(0, from);
      const after = token.slice(from + size);
      const derived = (before === '' || PREFIXES.has(before)) && (after === '' || SUFFIXES.has(after));
      if (!derived) {
        return true;
      }
    }
  }
  return false;
}

// Everyday Turkish words a letter from a person or a call, or holding one: "etkili" (effective) is not "yetkili",
// "etkisi" (its effect) holds no "kişi", "arası" (between) is not "arayın", "canım", "canın" ("my dear", "canın
// sıkılıyor mu") are not "canlı", "konuyu", "konusu" (the topic) are not "konuş"; "anlıyor", "anlamadım", "anlatın",
// "anlaşılan" (understanding, telling) are not "canlı" with its first letter lost. Everyday verbs and nouns a letter from
// the start of a stem: "çalışıyor" (works) is no "canlı" with a letter lost, "yapıyor", "yapamıyorum" (do) no "yapay",
// "görürüm" no "görüş", "konuyla", "konumum" (the topic, my location) no "konuş", "sorum" (my question) no "sorumlu".
const TURKISH_NOT_ANCHORS =
  /^(?:etki|anl(?:a|iy|is)|calis(?:iy|m|ir|t|ac|abil)|yap(?:i|a[cmrb]|t|m)|gorur|konum|konuyla|sorum[iu]?$|arasi(?:nda|ndaki|ndan|na)?$|can[iu](?:m|n|m[iu]z|n[iu]z|m[iu]|n[iu]|m[ae]|n[ae])?$|konu(?:yu|ya|da|dan|lar|lari|su|sunu|suna|sunda|muz|nuz)?$)/;

/** Whether a Turkish word starts with one of the stems (or holds a long one), or a typo of one; or names the bot. */
export function readTurkishIn(stems: readonly string[], token: string): boolean {
  if (TURKISH_BOT.test(token)) {
    return true;
  }
  if (TURKISH_NOT_ANCHORS.test(token)) {
    return false;
  }
  for (const stem of stems) {
    if (token.startsWith(stem) || (stem.length >= GLUED_SHORTEST && token.includes(stem))) {
      return true;
    }
    // A typo inside the stem ("temsilici", "opreator", "cnali"): the word's start within one edit of it, its first
    // letter kept or swapped with the second ("yanlış" is no "canlı", "sorumu" no "sorumlu" typed badly).
    if (
      stem.length >= 5 &&
      (token[0] === stem[0] || (token[0] === stem[1] && token[1] === stem[0])) &&
      token.length >= stem.length - 1 &&
      (withinOneEdit(token.slice(0, stem.length), stem) ||
        withinOneEdit(token.slice(0, stem.length + 1), stem) ||
        withinOneEdit(token.slice(0, stem.length - 1), stem))
    ) {
      return true;
    }
  }
  return false;
}
