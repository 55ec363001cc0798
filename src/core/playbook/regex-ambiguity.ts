// Finds the backtracking shapes safe-regex2 misses: overlapping alternatives under a repetition (exponential)
// and adjacent unbounded repetitions over the same characters (polynomial, e.g. ".*.*x").
import type { RegexNode } from './regex-syntax.js';

/** A bounded repeat longer than this is treated like an unbounded one. */
const LONG_REPEAT = 20;

// Character sets are approximated by membership over a sample alphabet: Latin (Turkish letters included),
// some other scripts, odd spaces and case-folding oddities (Kelvin sign, long s).
const SAMPLE: readonly string[] = [
  ...Array.from({ length: 0x250 }, (_, code) => String.fromCodePoint(code)),
  ...'ΑαΩωЖжЯя中文日本あアעربی한글अकกაԱ'.split(''),
  '\u1E9E',
  '\u2000',
  '\u2028',
  '\u2029',
  '\u202F',
  '\u3000',
  '\uFEFF',
  '\u212A',
  '\u2126',
  '\u{1F600}',
  '\u{10400}',
];

type CharSet = Uint8Array;

const EMPTY: CharSet = new Uint8Array(SAMPLE.length);

function union(a: CharSet, b: CharSet): CharSet {
  return a.map((bit, index) => bit | (b[index] ?? 0));
}

function overlaps(a: CharSet, b: CharSet): boolean {
  return a.some((bit, index) => bit === 1 && b[index] === 1);
}

/** Analyses one parsed pattern; memoises character sets per node. */
function makeAnalysis() {
  const charCache = new Map<RegexNode, CharSet>();
  const sourceCache = new Map<string, CharSet>();

  function setOf(source: string): CharSet {
    let set = sourceCache.get(source);
    if (set === undefined) {
      const regex = new RegExp(`^(?:${source})$`, 'iu');
      set = Uint8Array.from(SAMPLE, (char) => (regex.test(char) ? 1 : 0));
      sourceCache.set(source, set);
    }
    return set;
  }

  function nullable(node: RegexNode): boolean {
    switch (node.type) {
      case 'char':
        return false;
      case 'sequence':
        return node.items.every(nullable);
      case 'alternation':
        return node.branches.some(nullable);
      case 'repeat':
        return node.min === 0 || nullable(node.body);
      default:
        return true;
    }
  }

  function chars(node: RegexNode): CharSet {
    let set = charCache.get(node);
    if (set === undefined) {
      if (node.type === 'char') {
        set = setOf(node.source);
      } else if (node.type === 'sequence') {
        set = node.items.map(chars).reduce(union, EMPTY);
      } else if (node.type === 'alternation') {
        set = node.branches.map(chars).reduce(union, EMPTY);
      } else if (node.type === 'repeat') {
        set = chars(node.body);
      } else {
        set = EMPTY;
      }
      charCache.set(node, set);
    }
    return set;
  }

  function first(node: RegexNode): CharSet {
    if (node.type === 'sequence') {
      let set = EMPTY;
      for (const item of node.items) {
        set = union(set, first(item));
        if (!nullable(item)) {
          break;
        }
      }
      return set;
    }
    if (node.type === 'alternation') {
      return node.branches.map(first).reduce(union, EMPTY);
    }
    return node.type === 'repeat' ? first(node.body) : chars(node);
  }

  function isLoose(node: RegexNode): boolean {
    if (node.type === 'repeat') {
      return node.max > LONG_REPEAT || isLoose(node.body);
    }
    if (node.type === 'sequence') {
      return node.items.some(isLoose);
    }
    return node.type === 'alternation' && node.branches.some(isLoose);
  }

  return { nullable, chars, first, isLoose };
}

/** The items of a sequence with nested sequences (plain groups) spliced in. */
function flatten(items: readonly RegexNode[]): RegexNode[] {
  return items.flatMap((item) => (item.type === 'sequence' ? flatten(item.items) : [item]));
}

/** Describes the first ambiguous shape found, or null when there is none. */
export function findAmbiguity(tree: RegexNode): string | null {
  const { nullable, chars, first, isLoose } = makeAnalysis();

  function adjacentRepeats(items: readonly RegexNode[]): string | null {
    for (const [index, item] of items.entries()) {
      if (!isLoose(item)) {
        continue;
      }
      const carried = chars(item);
      for (const next of items.slice(index + 1)) {
        if (isLoose(next) && overlaps(carried, chars(next))) {
          return 'has two unbounded repetitions that can match the same stretch of text (like ".*.*" or "\\d+\\d+"), which can take polynomial time';
        }
        if (!nullable(next) && !overlaps(carried, chars(next))) {
          break;
        }
      }
    }
    return null;
  }

  function visit(node: RegexNode, repeated: boolean): string | null {
    switch (node.type) {
      case 'sequence': {
        const items = flatten(node.items);
        return adjacentRepeats(items) ?? firstProblem(items, (item) => visit(item, repeated));
      }
      case 'alternation': {
        if (repeated) {
          const firsts = node.branches.map(first);
          const clash = firsts.some((set, index) =>
            firsts.slice(index + 1).some((other) => overlaps(set, other)),
          );
          if (clash) {
            return 'has alternatives that can start with the same text inside a repetition (like "(a|ab)*"), which can take exponential time';
          }
        }
        return firstProblem(node.branches, (branch) => visit(branch, repeated));
      }
      case 'repeat':
        return visit(node.body, repeated || node.max > 1);
      case 'look':
        return visit(node.body, repeated);
      default:
        return null;
    }
  }

  return visit(tree, false);
}

function firstProblem<T>(items: readonly T[], check: (item: T) => string | null): string | null {
  for (const item of items) {
    const problem = check(item);
    if (problem !== null) {
      return problem;
    }
  }
  return null;
}
