// Reads a dot path ("address.city", "items.0.sku") from untrusted data, own properties only.

/** Reads the value at one compiled path; undefined when any step is missing. */
export type PathReader = (root: unknown) => unknown;

function step(current: unknown, key: string): unknown {
  return typeof current === 'object' && current !== null && Object.hasOwn(current, key)
    ? (current as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Compiles a dot path once, so reading it per decision neither splits the text nor allocates. Like
 * `readPath`, it never follows inherited properties such as `__proto__`.
 */
export function compilePath(path: string): PathReader {
  const keys = path.split('.');
  const [first = '', second = '', third = ''] = keys;
  // The usual paths have one to three steps; unrolled, they read without a loop.
  switch (keys.length) {
    case 1:
      return (root) => step(root, first);
    case 2:
      return (root) => {
        const middle = step(root, first);
        return middle === undefined ? undefined : step(middle, second);
      };
    case 3:
      return (root) => {
        const outer = step(root, first);
        const middle = outer === undefined ? undefined : step(outer, second);
        return middle === undefined ? undefined : step(middle, third);
      };
    default:
      return (root) => {
        let current: unknown = root;
        for (const key of keys) {
          current = step(current, key);
          if (current === undefined) {
            return undefined;
          }
        }
        return current;
      };
  }
}

/** The value at `path` inside `root`, or undefined; never follows inherited properties such as `__proto__`. */
export function readPath(root: unknown, path: string): unknown {
  return compilePath(path)(root);
}
