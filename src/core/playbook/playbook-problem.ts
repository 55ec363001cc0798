// One problem found in a playbook, addressed by its path; positions are added once the YAML is known.

export type PathSegment = string | number;

/** What is wrong and where: `at: 'key'` points at a map key itself (unknown or duplicate keys). */
export interface PlaybookProblem {
  path: readonly PathSegment[];
  message: string;
  at?: 'key' | 'value';
  /** A valid pattern that cannot run in linear time: reported as `unsafe_pattern` when nothing else is wrong. */
  unsafe?: boolean;
}

const plainKey = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Writes a path the way people read it: `triggers[2].route.team`, `risk.tasks["gift card"].risk`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else if (plainKey.test(segment)) {
      text += text === '' ? segment : `.${segment}`;
    } else {
      text += `[${JSON.stringify(segment)}]`;
    }
  }
  return text;
}

/** Quotes a value for a message, shortened so one line stays readable. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Lists names for a message, shortened when there are many. */
export function listNames(names: readonly string[], limit = 20): string {
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown}, … (${names.length - limit} more)` : shown;
}

/** The closest name within a small edit distance, for "did you mean" hints. */
export function closest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(word.length / 3)) + 1);
  for (const name of names) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) {
    return Infinity;
  }
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}
