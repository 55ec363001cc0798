// Reads a dot path ("address.city", "items.0.sku") from untrusted data, own properties only.

/** The value at `path` inside `root`, or undefined; never follows inherited properties such as `__proto__`. */
export function readPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
