// Letters typed twice or more in a row, a common typo in chat ("arrrived", "gelmeddi", "no moree bots"): words are
// compared with each run of one letter kept once. Most words have no run and are returned as they are.

const RUN = /([a-z])\1+/g;

/** Whether a word has the same character twice in a row. */
export function hasLetterRun(token: string): boolean {
  for (let index = 1; index < token.length; index += 1) {
    if (token.charCodeAt(index) === token.charCodeAt(index - 1)) {
      return true;
    }
  }
  return false;
}

/** The word with each run of one letter kept once; the word itself (no copy) when it has no run. */
export function withSingleLetters(token: string): string {
  return hasLetterRun(token) ? token.replace(RUN, '$1') : token;
}
