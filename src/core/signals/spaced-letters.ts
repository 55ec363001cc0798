// Words typed letter by letter to shout them ("A g e n t!", "H U M A N", "o.p.e.r.a.t.o.r"): the letters joined back
// into the word. Four single letters in a row at least, so chat's short words ("r u a bot") stay as they are.
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .]\p{L}){3,}(?![\p{L}\p{N}])/gu;

/** The text with each word typed letter by letter joined, or undefined when it has none. */
export function withSpacedLettersJoined(text: string): string | undefined {
  const joined = text.replace(SPACED, (letters) => {
    // "a H U M A N": a small "a" or "i" before capitals is a word of its own.
    const isArticleApart = /^[ai] /u.test(letters) && letters.slice(2) === letters.slice(2).toUpperCase();
    return isArticleApart
      ? `${letters.slice(0, 2)}${letters.slice(2).replace(/[ .]/gu, '')}`
      : letters.replace(/[ .]/gu, '');
  });
  return joined === text ? undefined : joined;
}
