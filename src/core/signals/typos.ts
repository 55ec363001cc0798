// Reads a word typed with a letter doubled or two letters swapped as the word of the corpus it stands for: "şimmdi" as
// "simdi", "nsaıl" as "nasil", "reprsenetative" stays. Only these two slips are read: a letter lost, added or
// replaced as often makes another real word the corpus does not hold ("size" and "sizle", "görünmem" and "görüşmem").
import { words } from './human-request-cues.js';
import { TYPO_WORDS } from './typo-words.js';

// A word this short has too many neighbours to be read as another.
const SHORTEST_TYPO = 5;
const WORD = /\p{L}+/gu;

// Real words a slip away from a word of the corpus ("tried" and "tired", "hatta" and "hata"): never read as it.
const NOT_SLIPS = new Set(
  words(`tried trial trail angel angle causal casual sacred scared dairy diary united untied marital martial compliant
    career carer hatta yokum askin`),
);

const KNOWN: Partial<Record<'en' | 'tr', ReadonlySet<string>>> = {};

function knownWords(language: 'en' | 'tr'): ReadonlySet<string> {
  let found = KNOWN[language];
  if (found === undefined) {
    found = new Set(TYPO_WORDS[language].split(' '));
    KNOWN[language] = found;
  }
  return found;
}

/** The one word of the corpus a word is with a doubled letter made single or two neighbours swapped back. */
function correctionOf(known: ReadonlySet<string>, token: string): string | undefined {
  let found: string | undefined;
  for (let at = 0; at < token.length - 1; at += 1) {
    const first = token[at] as string;
    const second = token[at + 1] as string;
    const candidate =
      first === second
        ? token.slice(0, at) + token.slice(at + 1)
        : token.slice(0, at) + second + first + token.slice(at + 2);
    if (candidate !== found && known.has(candidate)) {
      if (found !== undefined) {
        return undefined;
      }
      found = candidate;
    }
  }
  return found;
}

/** Folded text with each word typed with a doubled or swapped letter read as the one word of the corpus it is. */
export function withTyposRead(folded: string, language: 'en' | 'tr'): string {
  const known = knownWords(language);
  let read = '';
  let copied = 0;
  // Most messages have no slip: the text is rebuilt only from the first word read otherwise.
  for (const match of folded.matchAll(WORD)) {
    const token = match[0];
    if (token.length < SHORTEST_TYPO || known.has(token) || NOT_SLIPS.has(token)) {
      continue;
    }
    const correction = correctionOf(known, token);
    if (correction !== undefined) {
      read += folded.slice(copied, match.index) + correction;
      copied = match.index + token.length;
    }
  }
  return copied === 0 ? folded : read + folded.slice(copied);
}
