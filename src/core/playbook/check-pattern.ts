// Decides whether a regular expression from a playbook can run on customer text: playbook patterns run on a
// linear-time engine (see linear-pattern.ts), so what is refused is what that engine cannot run.
import { MAX_PATTERN_PROGRAM, patternProgramSize } from './linear-pattern.js';
import { parseRegex, type RegexNode } from './regex-syntax.js';

/** The longest pattern a playbook may hold. */
export const MAX_PATTERN_LENGTH = 500;

/** What is wrong with a pattern; `unsafe` when it is valid JavaScript that cannot run in linear time. */
export interface PatternProblem {
  message: string;
  unsafe: boolean;
}

function contains(node: RegexNode, wanted: (node: RegexNode) => boolean): boolean {
  if (wanted(node)) {
    return true;
  }
  switch (node.type) {
    case 'sequence':
      return node.items.some((item) => contains(item, wanted));
    case 'alternation':
      return node.branches.some((branch) => contains(branch, wanted));
    case 'repeat':
    case 'look':
      return contains(node.body, wanted);
    default:
      return false;
  }
}

const unsafe = (message: string): PatternProblem => ({ message, unsafe: true });

/** Says in plain words why a valid JavaScript pattern cannot run in linear time, or null when it can. */
function linearProblem(pattern: string): PatternProblem | null {
  let tree: RegexNode;
  try {
    tree = parseRegex(pattern);
  } catch {
    return unsafe('could not be analysed; simplify it');
  }
  if (contains(tree, (node) => node.type === 'backreference')) {
    return unsafe('uses a backreference (like "\\1" or "\\k<name>"), which needs backtracking');
  }
  if (contains(tree, (node) => node.type === 'look')) {
    return unsafe(
      'uses a lookaround ("(?=…)", "(?!…)", "(?<=…)", "(?<!…)"), which needs backtracking; use two patterns in an "all" condition instead',
    );
  }
  let size: number;
  try {
    size = patternProgramSize(pattern);
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    return unsafe(`cannot run on the linear-time pattern engine (${reason})`);
  }
  if (size > MAX_PATTERN_PROGRAM) {
    return unsafe(
      `is too large to match quickly (it compiles to ${size} steps per character, at most ${MAX_PATTERN_PROGRAM}); shorten its counted repetitions like "{500}"`,
    );
  }
  return null;
}

/**
 * Checks one pattern (compiled by the engine with the `u` flag, keyword patterns also with `i`).
 * Returns what is wrong with it in plain words, or null when it is valid and runs in linear time.
 */
export function checkPattern(pattern: string): PatternProblem | null {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { message: `is longer than ${MAX_PATTERN_LENGTH} characters`, unsafe: false };
  }
  try {
    new RegExp(pattern, 'iu');
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return { message: `is not a valid regular expression (${reason})`, unsafe: false };
  }
  return linearProblem(pattern);
}
