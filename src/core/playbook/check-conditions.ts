// Checks inside trigger conditions, however deeply nested, and in the `where` of routes and rules: keywords can
// match, every pattern is safe, every field schema compiles.
import { Ajv } from 'ajv';
import { checkPattern } from './check-pattern.js';
import { type PathSegment, type PlaybookProblem, quote } from './playbook-problem.js';
import type { Condition, Playbook, ValueTest } from './schema.js';
import { walkConditions } from './walk-conditions.js';

type Report = (path: readonly PathSegment[], message: string, unsafe?: boolean) => void;

function pattern(path: readonly PathSegment[], source: string, report: Report): void {
  const problem = checkPattern(source);
  if (problem !== null) {
    report(path, `${quote(source)} ${problem.message}`, problem.unsafe);
  }
}

function valueTests(
  path: readonly PathSegment[],
  tests: readonly ValueTest[] | undefined,
  report: Report,
): void {
  tests?.forEach((test, index) => {
    if (test.pattern !== undefined) {
      pattern([...path, index, 'pattern'], test.pattern, report);
    }
  });
}

/** JSON Schema `pattern` and `patternProperties` run on case fields too, so they get the same safety check. */
function schemaPatterns(path: readonly PathSegment[], node: unknown, report: Report, depth = 0): void {
  if (typeof node !== 'object' || node === null || depth > 64) {
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string') {
      pattern([...path, key], value, report);
    } else if (key === 'patternProperties' && typeof value === 'object' && value !== null) {
      Object.keys(value).forEach((source) => pattern([...path, key], source, report));
    }
    schemaPatterns([...path, key], value, report, depth + 1);
  }
}

function fieldSchema(path: readonly PathSegment[], schema: Record<string, unknown>, report: Report): void {
  try {
    new Ajv({ strict: false, allErrors: true }).compile(schema);
  } catch (error) {
    report(path, `is not a valid JSON Schema: ${(error as Error).message}`);
    return;
  }
  schemaPatterns(path, schema, report);
}

function keywords(
  path: readonly PathSegment[],
  node: Extract<Condition, { kind: 'keyword' }>,
  report: Report,
): void {
  const lists = Array.isArray(node.keywords)
    ? [{ path: [...path, 'keywords'], list: node.keywords }]
    : Object.entries(node.keywords ?? {}).map(([locale, list]) => ({
        path: [...path, 'keywords', locale],
        list,
      }));
  for (const { path: listPath, list } of lists) {
    list.forEach((keyword, index) => {
      if (!/[\p{L}\p{N}]/u.test(keyword)) {
        report([...listPath, index], `${quote(keyword)} has no letters or digits, so it never matches`);
      } else if (keyword.trim().slice(0, -1).includes('*')) {
        report(
          [...listPath, index],
          `${quote(keyword)}: only a trailing * is supported (it makes the last word a prefix)`,
        );
      }
    });
  }
  node.patterns?.forEach((source, index) => pattern([...path, 'patterns', index], source, report));
}

function condition(node: Condition, path: readonly PathSegment[], report: Report): void {
  switch (node.kind) {
    case 'keyword':
      keywords(path, node, report);
      return;
    case 'customer':
    case 'case':
      valueTests([...path, 'where'], node.where, report);
      return;
    case 'field':
      valueTests([...path, 'where'], node.where, report);
      if (node.schema !== undefined) {
        fieldSchema([...path, 'schema'], node.schema, report);
      }
      return;
    default:
      return;
  }
}

/**
 * The most keywords and patterns a playbook may hold, all triggers together: compiling them runs on the
 * event loop of every node that activates the version, and this bounds how long that takes.
 */
export const MAX_KEYWORDS = 10_000;

function keywordCount(node: Extract<Condition, { kind: 'keyword' }>): number {
  const lists = Array.isArray(node.keywords) ? [node.keywords] : Object.values(node.keywords ?? {});
  return lists.reduce((sum, list) => sum + list.length, 0) + (node.patterns?.length ?? 0);
}

/** The `where` of routes, priority rules and approval rules run on every escalating case, like triggers. */
function matchTests(playbook: Playbook, report: Report): void {
  playbook.routes?.forEach((route, index) =>
    valueTests(['routes', index, 'when', 'where'], route.when.where, report),
  );
  playbook.priorities.rules?.forEach((rule, index) =>
    valueTests(['priorities', 'rules', index, 'when', 'where'], rule.when.where, report),
  );
  playbook.approvals?.forEach((rule, index) =>
    valueTests(['approvals', index, 'when', 'where'], rule.when?.where, report),
  );
}

/** Every problem inside the triggers' conditions, and the routes' and rules' tests, of a playbook that passed the schema. */
export function checkConditions(playbook: Playbook): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const report: Report = (path, message, unsafe) =>
    problems.push(unsafe === true ? { path, message, unsafe } : { path, message });
  let keywords = 0;
  walkConditions(playbook, (node, path) => {
    if (node.kind === 'keyword') {
      const before = keywords;
      keywords += keywordCount(node);
      if (before <= MAX_KEYWORDS && keywords > MAX_KEYWORDS) {
        report(
          path,
          `takes the playbook past ${MAX_KEYWORDS.toLocaleString('en-US')} keywords and patterns in all; use fewer, broader ones (a trailing * matches a prefix)`,
        );
        return;
      }
      if (keywords > MAX_KEYWORDS) {
        return;
      }
    }
    condition(node, path, report);
  });
  matchTests(playbook, report);
  return problems;
}
