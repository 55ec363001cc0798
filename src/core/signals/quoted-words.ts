// Words the customer quotes rather than says: a menu's prompt ('the phone menu says "to speak to an agent, say
// agent"'), a button's label ('the "talk to a human" button is missing'), a message shown to them ('it says "an agent
// will be with you shortly"'). A request only inside quotes is someone else's words.

const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019']);
const LETTER = /[\p{L}\p{N}]/u;
// One quoted word counts as quoted only after a word that quotes: 'say "agent"', 'typed "operator"'.
const QUOTING =
  /(?:^|[^\p{L}])(?:say|says|said|type|typed|typing|write|wrote|click|clicked|press|pressed|select|choose|enter|entered|button|option|shows|showed|reads)\s*$/iu;
const WORD = /[\p{L}\p{N}]+/gu;

function isOpeningSingle(text: string, at: number): boolean {
  return !LETTER.test(text[at - 1] ?? ' ') && LETTER.test(text[at + 1] ?? ' ');
}

function isClosingSingle(text: string, at: number): boolean {
  return !LETTER.test(text[at + 1] ?? ' ') && /[\p{L}\p{N}.!?]/u.test(text[at - 1] ?? ' ');
}

/** The spans [from, to) of the text inside quotes, in order. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let isDouble = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at] ?? '';
    if (open < 0) {
      if (DOUBLE_QUOTES.has(char) || (SINGLE_QUOTES.has(char) && isOpeningSingle(text, at))) {
        open = at;
        isDouble = DOUBLE_QUOTES.has(char);
      }
    } else if (isDouble ? DOUBLE_QUOTES.has(char) : SINGLE_QUOTES.has(char) && isClosingSingle(text, at)) {
      spans.push([open, at + 1]);
      open = -1;
    }
  }
  return spans;
}

/**
 * The text with what it quotes blanked out (same length), or undefined when it quotes nothing, or quotes all it says
 * ('"agent"'). One quoted word is blanked only after a word that quotes it ('can you "escalate" this' keeps it).
 */
export function withoutQuotedWords(text: string): string | undefined {
  if (!/["'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb]/u.test(text)) {
    return undefined;
  }
  let blanked = text;
  let changed = false;
  for (const [from, to] of quotedSpans(text)) {
    const inside = text.slice(from + 1, to - 1);
    const count = inside.match(WORD)?.length ?? 0;
    if (count >= 2 || (count === 1 && QUOTING.test(text.slice(0, from)))) {
      blanked = `${blanked.slice(0, from)}${' '.repeat(to - from)}${blanked.slice(to)}`;
      changed = true;
    }
  }
  const outside = blanked.match(WORD)?.length ?? 0;
  return changed && outside >= 2 ? blanked : undefined;
}
