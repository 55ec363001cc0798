// Parses playbook YAML text into a checked Playbook, or fails with every problem found, each with line:col.
import { type ErrorDetail, HandoffError } from '../../errors.js';
import { checkConditions } from './check-conditions.js';
import { checkCoverage } from './check-coverage.js';
import { checkReferences } from './check-references.js';
import { describeIssues } from './describe-issues.js';
import type { PathSegment, PlaybookProblem } from './playbook-problem.js';
import { readYaml } from './read-yaml.js';
import { overlaps, salvagePlaybook } from './salvage-playbook.js';
import { Playbook } from './schema.js';

const INIT_HINT = 'handoff init --template customer-support';
/** More problems than this are summed up in one last line: the first ones are what needs fixing. */
const MAX_DETAILS = 100;

function invalid(
  source: string,
  all: readonly ErrorDetail[],
  code: 'invalid_playbook' | 'unsafe_pattern' = 'invalid_playbook',
): HandoffError {
  const details =
    all.length > MAX_DETAILS
      ? [
          ...all.slice(0, MAX_DETAILS),
          { ...all[MAX_DETAILS], path: '', message: `… and ${all.length - MAX_DETAILS} more problems` },
        ]
      : all;
  const first = details[0];
  const where = first?.line === undefined ? source : `${source}:${first.line}:${first.col ?? 1}`;
  const summary =
    first === undefined
      ? ''
      : ` First: ${where} ${first.path === '' ? '' : `${first.path}: `}${first.message}`;
  const count = all.length === 1 ? '1 problem' : `${all.length} problems`;
  return new HandoffError(code, `${source} is not a valid playbook (${count}).${summary}`, { details });
}

/**
 * Parses and checks a playbook: YAML syntax, duplicate keys, alias bombs, the schema, then references, levels,
 * time zones, field schemas and pattern safety. Pure (no I/O).
 * @param source names the text in messages, usually its file path.
 * @throws HandoffError `invalid_playbook` whose `details` hold every problem as `{ path, message, line, col }`;
 *   `unsafe_pattern` instead when the only problems are patterns that cannot run in linear time.
 */
export function parsePlaybook(yamlText: string, source = '<playbook>'): Playbook {
  try {
    return parseChecked(yamlText, source);
  } catch (error) {
    if (error instanceof HandoffError) {
      throw error;
    }
    // A safety net: whatever the text, callers get an invalid_playbook error, never a crash.
    const message = error instanceof RangeError ? 'the playbook is nested too deeply' : String(error);
    throw invalid(source, [{ path: '', message: `could not be checked: ${message}`, line: 1, col: 1 }]);
  }
}

const NUL_MESSAGE = 'text may not contain the NUL character (U+0000)';

/** The path of the first string or key holding NUL (written as the YAML escape "\0"), or null. */
function findNul(value: unknown, path: PathSegment[] = []): PathSegment[] | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : null;
  }
  if (value === null || typeof value !== 'object') {
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const itemPath = [...path, Array.isArray(value) ? Number(key) : key];
    const found = key.includes('\u0000') ? itemPath : findNul(item, itemPath);
    if (found !== null) {
      return found;
    }
  }
  return null;
}

/**
 * Schema problems, plus the reference and condition problems of the parts that passed the schema: one run shows
 * everything, and a reference problem inside a part the schema already faults is left out (one cause, one line).
 */
function withSalvagedChecks(schemaProblems: PlaybookProblem[], data: unknown): PlaybookProblem[] {
  let salvagedProblems: PlaybookProblem[];
  try {
    const { playbook, known, restore } = salvagePlaybook(data);
    salvagedProblems = [...checkReferences(playbook, known), ...checkConditions(playbook)]
      .map(restore)
      .filter((problem) => problem !== undefined);
  } catch {
    // A shape the salvage did not foresee: the schema's problems are still all true.
    return schemaProblems;
  }
  const extra = salvagedProblems.filter(
    (problem) => !schemaProblems.some((faulted) => overlaps(faulted.path, problem.path)),
  );
  return [...schemaProblems, ...extra];
}

function parseChecked(yamlText: string, source: string): Playbook {
  if (typeof yamlText !== 'string') {
    throw invalid(source, [{ path: '', message: 'a playbook is YAML text' }]);
  }
  // PostgreSQL cannot store NUL in text while SQLite would: refused on both, even inside a comment.
  const nul = yamlText.indexOf('\u0000');
  if (nul >= 0) {
    const before = yamlText.slice(0, nul);
    const line = before.split('\n').length;
    throw invalid(source, [{ path: '', message: NUL_MESSAGE, line, col: nul - before.lastIndexOf('\n') }]);
  }
  const yaml = readYaml(yamlText);
  if (yaml.value === undefined && yaml.errors.length > 0) {
    throw invalid(source, yaml.errors);
  }
  if (yaml.value === null || yaml.value === undefined) {
    throw invalid(source, [
      { path: '', message: `the playbook is empty; start from a template: ${INIT_HINT}`, line: 1, col: 1 },
    ]);
  }
  const nulAt = findNul(yaml.value);
  const parsed = Playbook.safeParse(yaml.value);
  const problems: PlaybookProblem[] = parsed.success
    ? [...checkReferences(parsed.data), ...checkConditions(parsed.data), ...checkCoverage(parsed.data)]
    : withSalvagedChecks(describeIssues(parsed.error.issues, yaml.value, Playbook), yaml.value);
  if (nulAt !== null) {
    problems.push({ path: nulAt, message: NUL_MESSAGE });
  }
  const details = [...yaml.errors, ...problems.map(yaml.locate)].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
  );
  if (details.length > 0 || !parsed.success) {
    const onlyUnsafe =
      yaml.errors.length === 0 && problems.length > 0 && problems.every((problem) => problem.unsafe === true);
    throw invalid(source, details, onlyUnsafe ? 'unsafe_pattern' : 'invalid_playbook');
  }
  return parsed.data;
}
