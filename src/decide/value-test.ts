// Compiles a playbook ValueTest into a predicate over an object (fields, customer, or the whole case).
import type { ValueTest } from '../playbook/schema.js';
import { readPath } from './value-path.js';

export type ValuePredicate = (root: unknown) => boolean;

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    return a.toLowerCase() === b.toLowerCase();
  }
  return a === b || (asNumber(a) !== undefined && asNumber(a) === asNumber(b) && typeof b === 'number');
}

/** Every condition listed in the test must hold. */
export function compileValueTest(test: ValueTest): ValuePredicate {
  const checks: Array<(value: unknown) => boolean> = [];
  if (test.exists !== undefined) {
    const wanted = test.exists;
    checks.push((value) => (value !== undefined && value !== null && value !== '') === wanted);
  }
  if (test.equals !== undefined) {
    const wanted = test.equals;
    checks.push((value) => sameScalar(value, wanted));
  }
  if (test.not_equals !== undefined) {
    const unwanted = test.not_equals;
    checks.push((value) => !sameScalar(value, unwanted));
  }
  if (test.in !== undefined) {
    const options = test.in;
    checks.push((value) => options.some((option) => sameScalar(value, option)));
  }
  if (test.not_in !== undefined) {
    const options = test.not_in;
    checks.push((value) => value !== undefined && !options.some((option) => sameScalar(value, option)));
  }
  const bounds: Array<[number | undefined, (value: number, bound: number) => boolean]> = [
    [test.gt, (v, b) => v > b],
    [test.gte, (v, b) => v >= b],
    [test.lt, (v, b) => v < b],
    [test.lte, (v, b) => v <= b],
  ];
  for (const [bound, compare] of bounds) {
    if (bound !== undefined) {
      checks.push((value) => {
        const number = asNumber(value);
        return number !== undefined && compare(number, bound);
      });
    }
  }
  if (test.pattern !== undefined) {
    // Patterns were checked for linear-time safety when the playbook was parsed.
    const pattern = new RegExp(test.pattern, 'u');
    checks.push(
      (value) => (typeof value === 'string' || typeof value === 'number') && pattern.test(String(value)),
    );
  }
  const path = test.path;
  return (root) => {
    const value = readPath(root, path);
    return checks.every((check) => check(value));
  };
}

/** Describes a test in plain words for a decision reason. */
export function describeValueTest(test: ValueTest): string {
  const parts = Object.entries(test)
    .filter(([key]) => key !== 'path')
    .map(([key, value]) => `${key.replace('_', ' ')} ${JSON.stringify(value)}`);
  return `${test.path} ${parts.join(' and ')}`;
}
