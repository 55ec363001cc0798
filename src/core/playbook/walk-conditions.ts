// Visits every condition of every trigger, however deeply nested in all/any/not/frequency.when.
import type { PathSegment } from './playbook-problem.js';
import type { Condition, Playbook } from './schema.js';

export type ConditionVisitor = (condition: Condition, path: readonly PathSegment[]) => void;

function walk(condition: Condition, path: readonly PathSegment[], visit: ConditionVisitor): void {
  visit(condition, path);
  if (condition.kind === 'all' || condition.kind === 'any') {
    condition.of.forEach((inner, index) => walk(inner, [...path, 'of', index], visit));
  } else if (condition.kind === 'not') {
    walk(condition.of, [...path, 'of'], visit);
  } else if (condition.kind === 'frequency' && condition.when !== undefined) {
    walk(condition.when, [...path, 'when'], visit);
  }
}

/** Calls `visit` on each trigger (as a condition) and on each condition nested inside it, with its path. */
export function walkConditions(playbook: Playbook, visit: ConditionVisitor): void {
  playbook.triggers.forEach((trigger, index) => walk(trigger, ['triggers', index], visit));
}

/** The keywords (as written) and patterns (as `/source/`) keyword conditions can report as hits. */
export function keywordNames(playbook: Playbook): string[] {
  const names: string[] = [];
  walkConditions(playbook, (condition) => {
    if (condition.kind === 'keyword') {
      const lists = Array.isArray(condition.keywords)
        ? [condition.keywords]
        : Object.values(condition.keywords ?? {});
      names.push(...lists.flat(), ...(condition.patterns ?? []).map((pattern) => `/${pattern}/`));
    }
  });
  return names;
}
