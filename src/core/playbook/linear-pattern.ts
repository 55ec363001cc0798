// Runs playbook patterns on RE2JS, a linear-time (non-backtracking) engine: whatever the pattern and the
// text, a search costs time proportional to the text, where JavaScript's RegExp can take quadratic time
// on ".*x" or "\w+@" and exponential time on "(a+)+$".
import { RE2JS } from 're2js';

/**
 * A pattern sees at most this many characters of one message or value (the first ones): linear time
 * still grows with the text, and a pasted log should not cost every pattern of every trigger.
 */
export const MAX_PATTERN_TEXT = 20_000;

/** The largest compiled program (RE2's measure of a pattern's cost per character of text) accepted. */
export const MAX_PATTERN_PROGRAM = 2_000;

/** A compiled playbook pattern. */
export interface LinearPattern {
  readonly source: string;
  /** Whether the pattern matches anywhere in the first `MAX_PATTERN_TEXT` characters of `text`. */
  test(text: string): boolean;
  toString(): string;
}

// What JavaScript's `\s` matches in `u` mode, which is wider than RE2's ASCII `\s`.
const JS_SPACE = '\\t\\n\\v\\f\\r\\p{Z}\\uFEFF';

/**
 * Rewrites the few escapes whose meaning differs between JavaScript (`u` mode) and RE2 so a pattern matches
 * what its author tested in JavaScript: `\s` and `\S` take Unicode spaces, `.` leaves out every line
 * terminator. (`\S` inside a class keeps RE2's meaning, which also takes the rare Unicode spaces.)
 */
function alignWithJavaScript(source: string): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index] ?? '';
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      index += 1;
      if (next === 's') {
        out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      } else if (next === 'S' && !inClass) {
        out += `[^${JS_SPACE}]`;
      } else {
        out += char + next;
      }
    } else if (char === '[' && !inClass) {
      inClass = true;
      out += char;
    } else if (char === ']' && inClass) {
      inClass = false;
      out += char;
    } else if (char === '.' && !inClass) {
      out += '[^\\n\\r\\u2028\\u2029]';
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * Compiles a pattern written in JavaScript syntax for the linear-time engine.
 * @throws Error when the engine cannot run it (lookarounds, backreferences, RE2 limits such as `{1001}`).
 */
export function compileLinearPattern(source: string, options: { ignoreCase: boolean }): LinearPattern {
  const compiled = RE2JS.compile(
    RE2JS.translateRegExp(alignWithJavaScript(source)),
    options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0,
  );
  return {
    source,
    test: (text) => compiled.test(text.length > MAX_PATTERN_TEXT ? text.slice(0, MAX_PATTERN_TEXT) : text),
    toString: () => `/${source}/`,
  };
}

/** The size of a pattern's compiled program (case-insensitive, the larger); throws like `compileLinearPattern`. */
export function patternProgramSize(source: string): number {
  return RE2JS.compile(
    RE2JS.translateRegExp(alignWithJavaScript(source)),
    RE2JS.CASE_INSENSITIVE,
  ).programSize();
}

/** An Ajv `code.regExp` engine, so JSON Schema `pattern` and `patternProperties` run in linear time too. */
export const linearRegExpEngine = Object.assign(
  (source: string) => compileLinearPattern(source, { ignoreCase: false }),
  { code: 'linearRegExpEngine' },
);
