// Turkish "geç-" (move to) said of a provider: "başka bir operatöre geçmek istiyorum", "farklı bankaya geçeceğim",
// "operatöre geçmek için ne yapmalıyım". A customer moving to another carrier or bank is not put through to anyone
// ("operatöre geçmek istiyorum" alone, in a support chat, still is).
const SWITCHING = /^gec/;
const ANOTHER = new Set(['farkli', 'baska', 'diger', 'yeni']);
const BEFORE_MOST = 3;

/** Whether the token at `index` is "geç-" with another one named before it, or for a purpose after it. */
export function isSwitchingTo(tokens: readonly string[], index: number): boolean {
  return (
    SWITCHING.test(tokens[index] ?? '') &&
    (tokens[index + 1] === 'icin' ||
      tokens.slice(Math.max(0, index - BEFORE_MOST), index).some((word) => ANOTHER.has(word)))
  );
}

/** Whether a Turkish sentence tells of moving to another provider. */
export function tellsOfSwitching(sentence: readonly string[]): boolean {
  return sentence.some((_, index) => isSwitchingTo(sentence, index));
}
