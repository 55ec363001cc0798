// A seeded random source and the template expander the corpus generators share, so every run writes the same corpus.

/** A seeded generator (mulberry32, the benches' own): the same seed gives the same sequence on every machine. */
export type Random = () => number;

export { makeRandom } from '../../bench/support/random.js';

export function pick<T>(random: Random, list: readonly T[]): T {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) {
    throw new Error('pick from an empty list');
  }
  return value;
}

/** Fisher–Yates in place. */
export function shuffle<T>(random: Random, list: T[]): T[] {
  for (let index = list.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [list[index], list[other]] = [list[other] as T, list[index] as T];
  }
  return list;
}

/** Named lists of phrases a template draws from with `{name}`; a value may itself be a template. */
export type Slots = Readonly<Record<string, readonly string[]>>;

const CHOICE = /\[([^[\]]*)\]/;
const SLOT = /\{(\w+)\}/;

/**
 * Expands a template: `[a|b|]` picks one alternative (the empty one drops it; innermost first, so
 * alternatives nest), `{name}` a value of that slot, expanded again. Spaces are then tidied.
 */
export function expand(template: string, slots: Slots, random: Random, depth = 0): string {
  if (depth > 8) {
    throw new Error(`template nests too deep: ${template}`);
  }
  let text = template;
  for (let match = SLOT.exec(text); match !== null; match = SLOT.exec(text)) {
    const values = slots[match[1] ?? ''];
    if (values === undefined) {
      throw new Error(`unknown slot {${match[1] ?? ''}} in: ${template}`);
    }
    const value = expand(pick(random, values), slots, random, depth + 1);
    text = text.slice(0, match.index) + value + text.slice(match.index + match[0].length);
  }
  for (let match = CHOICE.exec(text); match !== null; match = CHOICE.exec(text)) {
    const value = pick(random, (match[1] ?? '').split('|'));
    text = text.slice(0, match.index) + value + text.slice(match.index + match[0].length);
  }
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.?!])/g, '$1')
    .trim();
}
