// Decides whether a regular expression from a playbook is safe to run on customer text: a pattern must never
// be able to hang the engine, so anything that can backtrack badly is refused.
import safeRegex from 'safe-regex2';
import { findAmbiguity } from './regex-ambiguity.js';
import { parseRegex, type RegexNode } from './regex-syntax.js';

/** The longest pattern a playbook may hold. */
export const MAX_PATTERN_LENGTH = 500;

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

/**
 * Checks one pattern (compiled by the engine with the `u` flag, keyword patterns also with `i`).
 * Returns what is wrong with it in plain words, or null when it is valid and safe.
 */
export function checkPattern(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  }
  try {
    new RegExp(pattern, 'iu');
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return `is not a valid regular expression (${reason})`;
  }
  let tree: RegexNode;
  try {
    tree = parseRegex(pattern);
  } catch {
    return 'could not be analysed for safety; simplify it';
  }
  if (contains(tree, (node) => node.type === 'backreference')) {
    return 'uses a backreference (like "\\1" or "\\k<name>"), which can take exponential time';
  }
  if (contains(tree, (node) => node.type === 'look' && node.behind)) {
    return 'uses a lookbehind ("(?<=…)" or "(?<!…)"), which is not allowed';
  }
  if (!safeRegex(pattern)) {
    return 'nests repetitions (like "(a+)+" or "(.*a){20}"), which can take exponential time';
  }
  return findAmbiguity(tree);
}
