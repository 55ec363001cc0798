// Remembers what a function of one folded word answered, so a word seen before costs one map look-up.

// Words repeat far more than texts do (a few thousand make up most of any chat), so a bounded table keeps nearly
// every hit; when full it starts over, which changes no answer, only what the next few look-ups cost.
const DEFAULT_LIMIT = 50_000;
const NOTHING = Symbol('nothing');

/**
 * Wraps a function of one word in a memo. `compute` must answer from the word alone (and constant tables), so
 * that the memo's answer is always the one it would give; objects it returns are shared, so callers must not
 * change them.
 */
export function memoByWord<T>(compute: (word: string) => T, limit = DEFAULT_LIMIT): (word: string) => T {
  // An answer of undefined is kept as NOTHING, so that a miss, the commonest answer, costs one look-up too.
  let known = new Map<string, T | typeof NOTHING>();
  return (word) => {
    const remembered = known.get(word);
    if (remembered !== undefined) {
      return remembered === NOTHING ? (undefined as T) : remembered;
    }
    const value = compute(word);
    if (known.size >= limit) {
      known = new Map();
    }
    known.set(word, value === undefined ? NOTHING : value);
    return value;
  };
}
