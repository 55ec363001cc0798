// Union-find over the keys of past cases (customer ids, conversation ids…, as numbers: see makeKeyReader): keys
// that one case carries together are one set, and cases whose keys meet, even through other cases, fall into the
// same set.

export class KeyUnion {
  private readonly numbers = new Map<number, number>();
  private readonly parent: number[] = [];

  /** How many distinct keys were joined. */
  get size(): number {
    return this.parent.length;
  }

  /** A key's number, or undefined when no case carried it. */
  numberOf(key: number): number | undefined {
    return this.numbers.get(key);
  }

  /** Joins `keys[from…to)` (one case's keys) into one set; returns the first key's number, or -1 when none. */
  join(keys: ArrayLike<number>, from = 0, to = keys.length): number {
    let first = -1;
    for (let at = from; at < to; at += 1) {
      const key = keys[at] ?? 0;
      let number = this.numbers.get(key);
      if (number === undefined) {
        number = this.parent.length;
        this.numbers.set(key, number);
        this.parent.push(number);
      }
      if (first === -1) {
        first = number;
      } else {
        const a = this.find(first);
        const b = this.find(number);
        if (a !== b) {
          this.parent[b] = a;
        }
      }
    }
    return first;
  }

  /** The number standing for a key's set (the paths walked are shortened on the way). */
  find(number: number): number {
    let root = number;
    while (this.parent[root] !== root) {
      root = this.parent[root] ?? root;
    }
    for (let at = number; at !== root;) {
      const up = this.parent[at] ?? root;
      this.parent[at] = root;
      at = up;
    }
    return root;
  }
}
