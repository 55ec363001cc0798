// Parses a JavaScript regular expression (valid in `u` mode) into a small tree, enough to reason about backtracking.

/** A node of a parsed regular expression; groups are kept only for lookarounds. */
export type RegexNode =
  | { type: 'char'; source: string }
  | { type: 'assertion' }
  | { type: 'backreference' }
  | { type: 'look'; behind: boolean; body: RegexNode }
  | { type: 'sequence'; items: RegexNode[] }
  | { type: 'alternation'; branches: RegexNode[] }
  | { type: 'repeat'; body: RegexNode; min: number; max: number };

const simpleAssertions = new Set(['^', '$']);

/**
 * Parses a pattern that `new RegExp(pattern, 'u')` accepts; throws on anything it does not understand
 * (the caller treats that as unsafe rather than guessing).
 */
export function parseRegex(pattern: string): RegexNode {
  let pos = 0;

  const fail = (why: string): never => {
    throw new Error(`${why} at ${pos}`);
  };
  const skipPast = (char: string): void => {
    const end = pattern.indexOf(char, pos);
    if (end < 0) {
      fail(`missing "${char}"`);
    }
    pos = end + 1;
  };
  const slice = (start: number): { type: 'char'; source: string } => ({
    type: 'char',
    source: pattern.slice(start, pos),
  });

  function alternation(): RegexNode {
    const branches = [sequence()];
    while (pattern[pos] === '|') {
      pos += 1;
      branches.push(sequence());
    }
    return branches.length === 1 && branches[0] !== undefined
      ? branches[0]
      : { type: 'alternation', branches };
  }

  function sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (pos < pattern.length && pattern[pos] !== '|' && pattern[pos] !== ')') {
      items.push(quantified(atom()));
    }
    return { type: 'sequence', items };
  }

  function group(): RegexNode {
    pos += 1;
    let look: 'ahead' | 'behind' | undefined;
    if (pattern.startsWith('?=', pos) || pattern.startsWith('?!', pos)) {
      look = 'ahead';
      pos += 2;
    } else if (pattern.startsWith('?<=', pos) || pattern.startsWith('?<!', pos)) {
      look = 'behind';
      pos += 3;
    } else if (pattern.startsWith('?<', pos)) {
      skipPast('>');
    } else if (pattern[pos] === '?') {
      skipPast(':');
    }
    const body = alternation();
    if (pattern[pos] !== ')') {
      fail('missing ")"');
    }
    pos += 1;
    return look === undefined ? body : { type: 'look', behind: look === 'behind', body };
  }

  function characterClass(): RegexNode {
    const start = pos;
    pos += 1;
    while (pos < pattern.length && pattern[pos] !== ']') {
      pos += pattern[pos] === '\\' ? 2 : 1;
    }
    if (pattern[pos] !== ']') {
      fail('missing "]"');
    }
    pos += 1;
    return slice(start);
  }

  function escape(): RegexNode {
    const start = pos;
    const next = pattern[pos + 1] ?? '';
    pos += 2;
    if (next === 'b' || next === 'B') {
      return { type: 'assertion' };
    }
    if (/[1-9]/.test(next)) {
      while (/[0-9]/.test(pattern[pos] ?? '')) {
        pos += 1;
      }
      return { type: 'backreference' };
    }
    if (next === 'k') {
      skipPast('>');
      return { type: 'backreference' };
    }
    if (next === 'p' || next === 'P' || (next === 'u' && pattern[pos] === '{')) {
      skipPast('}');
    } else if (next === 'u') {
      pos += 4;
    } else if (next === 'x') {
      pos += 2;
    } else if (next === 'c') {
      pos += 1;
    }
    return slice(start);
  }

  function atom(): RegexNode {
    const char = pattern[pos] ?? '';
    if (char === '(') {
      return group();
    }
    if (char === '[') {
      return characterClass();
    }
    if (char === '\\') {
      return escape();
    }
    if (simpleAssertions.has(char)) {
      pos += 1;
      return { type: 'assertion' };
    }
    const start = pos;
    pos += (pattern.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1;
    return slice(start);
  }

  function quantified(body: RegexNode): RegexNode {
    const char = pattern[pos];
    let min: number;
    let max: number;
    if (char === '*' || char === '+' || char === '?') {
      pos += 1;
      [min, max] = char === '*' ? [0, Infinity] : char === '+' ? [1, Infinity] : [0, 1];
    } else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(pos));
      if (match === null) {
        return fail('bad quantifier');
      }
      pos += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    } else {
      return body;
    }
    if (pattern[pos] === '?') {
      pos += 1;
    }
    return { type: 'repeat', body, min, max };
  }

  const tree = alternation();
  if (pos !== pattern.length) {
    fail('unexpected ")"');
  }
  return tree;
}
