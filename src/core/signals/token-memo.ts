// Remembers what a pure function of one word gave, for the words a lexicon reads again and again.

/**
 * A word-keyed memo of a pure function, bounded: past `limit` words it starts afresh, so a stream of
 * never-repeated words (random ids, typos) costs a look-up each and never grows memory. What it answers is
 * always what `read(word)` would: only the time differs.
 */
export function makeTokenMemo<V>(read: (word: string) => V, limit = 50_000): (word: string) => V {
  let known = new Map<string, V>();
  return (word) => {
    const value = known.get(word);
    if (value !== undefined || known.has(word)) {
      return value as V;
    }
    const computed = read(word);
    if (known.size >= limit) {
      known = new Map();
    }
    known.set(word, computed);
    return computed;
  };
}
