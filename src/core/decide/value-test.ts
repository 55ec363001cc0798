// Compiles a playbook ValueTest into a predicate over an object (fields, customer, or the whole case).
import { compileLinearPattern } from '../playbook/linear-pattern.js';
import type { ValueTest } from '../playbook/schema.js';
import { compilePath } from './value-path.js';

export type ValuePredicate = (root: unknown) => boolean;

type Check = (value: unknown) => boolean;

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

/**
 * Compiles "the value equals one of these" once. Strings compare without regard to case, a number also
 * matches a numeric string ("500" equals 500), anything else only itself. The options' lower-case forms
 * and numbers are worked out here, so a decision lower-cases the value at most once.
 */
export function compileScalarSet(options: ReadonlyArray<string | number | boolean | null>): Check {
  const strings = new Set<string>();
  const numbers = new Set<number>();
  // Booleans, null and non-finite numbers: equal only to themselves (===, so NaN never matches).
  const others: unknown[] = [];
  for (const option of options) {
    if (typeof option === 'string') {
      strings.add(option.toLowerCase());
    } else if (typeof option === 'number' && Number.isFinite(option)) {
      numbers.add(option);
    } else {
      others.push(option);
    }
  }
  const isOther = (value: unknown): boolean => {
    for (const other of others) {
      if (value === other) {
        return true;
      }
    }
    return false;
  };
  return (value) => {
    if (typeof value === 'string') {
      if (strings.has(value.toLowerCase())) {
        return true;
      }
      if (numbers.size === 0) {
        return false;
      }
      const number = asNumber(value);
      return number !== undefined && numbers.has(number);
    }
    if (typeof value === 'number' && Number.isFinite(value)) {
      return numbers.has(value);
    }
    return isOther(value);
  };
}

function compileBound(bound: number, compare: (value: number, bound: number) => boolean): Check {
  return (value) => {
    const number = asNumber(value);
    return number !== undefined && compare(number, bound);
  };
}

function compileChecks(test: ValueTest): Check[] {
  const checks: Check[] = [];
  if (test.exists !== undefined) {
    const wanted = test.exists;
    checks.push((value) => (value !== undefined && value !== null && value !== '') === wanted);
  }
  if (test.equals !== undefined) {
    checks.push(compileScalarSet([test.equals]));
  }
  if (test.not_equals !== undefined) {
    const isUnwanted = compileScalarSet([test.not_equals]);
    checks.push((value) => !isUnwanted(value));
  }
  if (test.in !== undefined) {
    checks.push(compileScalarSet(test.in));
  }
  if (test.not_in !== undefined) {
    const isExcluded = compileScalarSet(test.not_in);
    checks.push((value) => value !== undefined && !isExcluded(value));
  }
  if (test.gt !== undefined) {
    checks.push(compileBound(test.gt, (v, b) => v > b));
  }
  if (test.gte !== undefined) {
    checks.push(compileBound(test.gte, (v, b) => v >= b));
  }
  if (test.lt !== undefined) {
    checks.push(compileBound(test.lt, (v, b) => v < b));
  }
  if (test.lte !== undefined) {
    checks.push(compileBound(test.lte, (v, b) => v <= b));
  }
  if (test.pattern !== undefined) {
    // Patterns were checked to compile for the linear-time engine when the playbook was parsed.
    const pattern = compileLinearPattern(test.pattern, { ignoreCase: false });
    checks.push(
      (value) => (typeof value === 'string' || typeof value === 'number') && pattern.test(String(value)),
    );
  }
  return checks;
}

/** Every condition listed in the test must hold. */
export function compileValueTest(test: ValueTest): ValuePredicate {
  const read = compilePath(test.path);
  const checks = compileChecks(test);
  const [only] = checks;
  if (checks.length === 1 && only !== undefined) {
    return (root) => only(read(root));
  }
  return (root) => {
    const value = read(root);
    for (const check of checks) {
      if (!check(value)) {
        return false;
      }
    }
    return true;
  };
}

/** Describes a test in plain words for a decision reason. */
export function describeValueTest(test: ValueTest): string {
  const parts = Object.entries(test)
    .filter(([key]) => key !== 'path')
    .map(([key, value]) => `${key.replace('_', ' ')} ${JSON.stringify(value)}`);
  return `${test.path} ${parts.join(' and ')}`;
}
