// Reads a past case's frequency keys straight from its JSON Lines bytes, without decoding or parsing the line: a
// drill's threads read every line's keys before deciding any (see partition-cases.ts), and parsing each line twice
// (once for its keys, once to decide it) was a tenth of a drill. The line is checked as strictly as JSON.parse checks
// it; anything the bytes alone cannot answer exactly (an escaped or non-ASCII member name on a key's path, an array
// on it, a line that is not one object) is left to the caller's parse. Pure.
import { keyHash, keyHashOfBytes, pathHash } from './partition-cases.js';

/** A line's keys as makeKeyReader gives them for its parsed case; 'blank' for a blank line; undefined: parse it. */
export type ScannedKeys = number[] | 'blank' | undefined;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
/** Deeper than this, the caller's parse decides (JSON.parse's own limit is far deeper). */
const MAX_DEPTH = 512;

const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
const isDigit = (byte: number): boolean => byte >= 0x30 && byte <= 0x39;
const isHex = (byte: number): boolean =>
  isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);

function skipSpace(bytes: Uint8Array, at: number, end: number): number {
  let next = at;
  while (next < end && isSpace(bytes[next] ?? 0)) {
    next += 1;
  }
  return next;
}

/** The end (after the closing quote) of the string opening at `at`, or -1 when JSON would reject it. */
function stringEnd(bytes: Uint8Array, at: number, end: number): number {
  let next = at + 1;
  while (next < end) {
    const byte = bytes[next] ?? 0;
    if (byte === QUOTE) {
      return next + 1;
    }
    if (byte < 0x20) {
      return -1;
    }
    if (byte === BACKSLASH) {
      const escaped = bytes[next + 1] ?? 0;
      if (escaped === 0x75) {
        for (let digit = next + 2; digit < next + 6; digit += 1) {
          if (digit >= end || !isHex(bytes[digit] ?? 0)) {
            return -1;
          }
        }
        next += 6;
        continue;
      }
      // " \ / b f n r t
      if (
        escaped !== QUOTE &&
        escaped !== BACKSLASH &&
        escaped !== 0x2f &&
        escaped !== 0x62 &&
        escaped !== 0x66 &&
        escaped !== 0x6e &&
        escaped !== 0x72 &&
        escaped !== 0x74
      ) {
        return -1;
      }
      next += 2;
      continue;
    }
    next += 1;
  }
  return -1;
}

/** The end of the number starting at `at` (JSON's grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?), or -1. */
function numberEnd(bytes: Uint8Array, at: number, end: number): number {
  let next = at;
  if (bytes[next] === MINUS) {
    next += 1;
  }
  if (next >= end || !isDigit(bytes[next] ?? 0)) {
    return -1;
  }
  if (bytes[next] === 0x30) {
    next += 1;
  } else {
    while (next < end && isDigit(bytes[next] ?? 0)) {
      next += 1;
    }
  }
  if (next < end && bytes[next] === 0x2e) {
    next += 1;
    if (next >= end || !isDigit(bytes[next] ?? 0)) {
      return -1;
    }
    while (next < end && isDigit(bytes[next] ?? 0)) {
      next += 1;
    }
  }
  if (next < end && (bytes[next] === 0x65 || bytes[next] === 0x45)) {
    next += 1;
    if (next < end && (bytes[next] === 0x2b || bytes[next] === MINUS)) {
      next += 1;
    }
    if (next >= end || !isDigit(bytes[next] ?? 0)) {
      return -1;
    }
    while (next < end && isDigit(bytes[next] ?? 0)) {
      next += 1;
    }
  }
  return next;
}

/** The end of `true`, `false` or `null` at `at`, or -1. */
function literalEnd(bytes: Uint8Array, at: number, end: number): number {
  const word =
    bytes[at] === 0x74 ? 'true' : bytes[at] === 0x66 ? 'false' : bytes[at] === 0x6e ? 'null' : undefined;
  if (word === undefined || at + word.length > end) {
    return -1;
  }
  for (let index = 0; index < word.length; index += 1) {
    if (bytes[at + index] !== word.charCodeAt(index)) {
      return -1;
    }
  }
  return at + word.length;
}

/** For each open container while checking a value: 1 for an object, 2 for an array (never more deep than this). */
const openKinds = new Uint8Array(MAX_DEPTH);

/** Called for each member of the outermost object: where its name's bytes are (between the quotes) and its value. */
type OnMember = (nameStart: number, nameEnd: number, valueStart: number) => void;

/**
 * Past an object member's name and colon (the name opening at `at`): where its value may start, or -1. The name is
 * told to `onMember` when the object is the outermost one (`depth` 1).
 */
function memberValueStart(
  bytes: Uint8Array,
  at: number,
  end: number,
  depth: number,
  onMember: OnMember | undefined,
): number {
  if (at >= end || bytes[at] !== QUOTE) {
    return -1;
  }
  const nameEnd = stringEnd(bytes, at, end);
  if (nameEnd === -1) {
    return -1;
  }
  const colon = skipSpace(bytes, nameEnd, end);
  if (colon >= end || bytes[colon] !== COLON) {
    return -1;
  }
  if (depth === 1 && onMember !== undefined) {
    onMember(at + 1, nameEnd - 1, skipSpace(bytes, colon + 1, end));
  }
  return colon + 1;
}

/**
 * The end of the JSON value starting at `at`, or -1 when JSON.parse would reject it; each member of the value, when
 * it is an object, told to `onMember`. Containers are walked with a stack of their kinds, not by recursion, so no
 * input can overflow the call stack.
 */
function valueEnd(bytes: Uint8Array, at: number, end: number, onMember?: OnMember): number {
  let depth = 0;
  let next = at;
  for (;;) {
    // A value at `next`.
    next = skipSpace(bytes, next, end);
    if (next >= end) {
      return -1;
    }
    const byte = bytes[next] ?? 0;
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (depth >= MAX_DEPTH) {
        return -1;
      }
      const after = skipSpace(bytes, next + 1, end);
      if (after < end && bytes[after] === (byte === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)) {
        next = after + 1;
      } else {
        openKinds[depth] = byte === OPEN_OBJECT ? 1 : 2;
        depth += 1;
        next = byte === OPEN_OBJECT ? memberValueStart(bytes, after, end, depth, onMember) : after;
        if (next === -1) {
          return -1;
        }
        continue;
      }
    } else if (byte === QUOTE) {
      next = stringEnd(bytes, next, end);
    } else if (byte === MINUS || isDigit(byte)) {
      next = numberEnd(bytes, next, end);
    } else {
      next = literalEnd(bytes, next, end);
    }
    // After a value: close containers, or go on to the next item of the innermost one.
    for (;;) {
      if (next === -1) {
        return -1;
      }
      if (depth === 0) {
        return next;
      }
      next = skipSpace(bytes, next, end);
      if (next >= end) {
        return -1;
      }
      const kind = openKinds[depth - 1];
      const separator = bytes[next] ?? 0;
      if (separator === COMMA) {
        next =
          kind === 1
            ? memberValueStart(bytes, skipSpace(bytes, next + 1, end), end, depth, onMember)
            : next + 1;
        break;
      }
      if (separator !== (kind === 1 ? CLOSE_OBJECT : CLOSE_ARRAY)) {
        return -1;
      }
      depth -= 1;
      next += 1;
    }
    if (next === -1) {
      return -1;
    }
  }
}

/** A name's bytes between its quotes equal `name` (ASCII, no escapes)? */
function nameIs(bytes: Uint8Array, start: number, end: number, name: Uint8Array): boolean {
  if (end - start !== name.length) {
    return false;
  }
  for (let index = 0; index < name.length; index += 1) {
    if (bytes[start + index] !== name[index]) {
      return false;
    }
  }
  return true;
}

/** Whether `[start, end)` holds a backslash (a loop: indexOf would search on to the end of the whole input). */
function hasBackslash(bytes: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    if (bytes[index] === BACKSLASH) {
      return true;
    }
  }
  return false;
}

/** Whether the bytes hold only ASCII with no backslash: then each byte is the character JSON gives. */
function isPlainAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte >= 0x80 || byte === BACKSLASH) {
      return false;
    }
  }
  return true;
}

/**
 * In the (already checked) object opening at `at`, where the value of its last member named `name` starts, as
 * JSON.parse keeps the last of repeated names: -1 when it has none, undefined when a name could only be compared
 * once decoded (an escape in it: a name of other bytes, ASCII or not, never decodes to an ASCII name).
 */
function memberAt(bytes: Uint8Array, at: number, end: number, name: Uint8Array): number | undefined {
  let found = -1;
  let unsure = false;
  valueEnd(bytes, at, end, (nameStart, nameEnd, valueStart) => {
    if (nameIs(bytes, nameStart, nameEnd, name)) {
      found = valueStart;
    } else if (hasBackslash(bytes, nameStart, nameEnd)) {
      unsure = true;
    }
  });
  return unsure ? undefined : found;
}

/** The ASCII bytes as a string. */
function asciiText(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start; index < end; index += 1) {
    text += String.fromCharCode(bytes[index] ?? 0);
  }
  return text;
}

/** The key the value at `at` gives (as makeKeyReader: a string or number), null for none, undefined: parse the line. */
function keyOf(bytes: Uint8Array, at: number, end: number, ofPath: number): number | null | undefined {
  const first = bytes[at] ?? 0;
  if (first === QUOTE) {
    const after = stringEnd(bytes, at, end);
    return isPlainAscii(bytes, at + 1, after - 1)
      ? keyHashOfBytes(ofPath, bytes, at + 1, after - 1)
      : undefined;
  }
  if (first === MINUS || isDigit(first)) {
    return keyHash(ofPath, String(Number(asciiText(bytes, at, numberEnd(bytes, at, end)))));
  }
  return null;
}

interface KeyPath {
  /** The path's pathHash, where its keys' hashes start. */
  ofPath: number;
  steps: Uint8Array[];
}

/**
 * Reads the keys at `paths` (dot paths, as frequency conditions name them) of one line of JSON Lines, `[start, end)`
 * of `bytes`, as makeKeyReader reads them of the parsed line: the same numbers, or undefined when only parsing the
 * line can tell (then parse it), or 'blank' for a line of spaces alone.
 */
export function makeByteKeyReader(
  paths: readonly string[],
): (bytes: Uint8Array, start: number, end: number) => ScannedKeys {
  const keyPaths: KeyPath[] = paths.map((path) => ({
    ofPath: pathHash(path),
    steps: path.split('.').map((step) => Uint8Array.from(step, (character) => character.charCodeAt(0))),
  }));
  // A path that is not plain ASCII is compared only once decoded.
  const plain = paths.every((path) => /^[\x00-\x7f]*$/.test(path) && !path.includes('\\'));
  // Where each path's first step is in the line being read (-1: absent), found while the line is checked.
  const firsts = new Int32Array(keyPaths.length);
  let unsure = false;
  let line: Uint8Array = new Uint8Array();
  const onMember: OnMember = (nameStart, nameEnd, valueStart) => {
    let named = false;
    for (let index = 0; index < keyPaths.length; index += 1) {
      if (nameIs(line, nameStart, nameEnd, keyPaths[index]?.steps[0] ?? new Uint8Array())) {
        firsts[index] = valueStart;
        named = true;
      }
    }
    if (!named && hasBackslash(line, nameStart, nameEnd)) {
      unsure = true;
    }
  };
  return (bytes, start, end) => {
    const at = skipSpace(bytes, start, end);
    if (at === end) {
      return 'blank';
    }
    if (!plain || bytes[at] !== OPEN_OBJECT) {
      return undefined;
    }
    firsts.fill(-1);
    unsure = false;
    line = bytes;
    const after = valueEnd(bytes, at, end, onMember);
    if (after === -1 || unsure || skipSpace(bytes, after, end) !== end) {
      return undefined;
    }
    const keys: number[] = [];
    for (let index = 0; index < keyPaths.length; index += 1) {
      const { ofPath, steps } = keyPaths[index] as KeyPath;
      let value: number | undefined = firsts[index] ?? -1;
      for (let step = 1; step < steps.length && value !== -1; step += 1) {
        const kind: number | undefined = bytes[value];
        if (kind === OPEN_ARRAY) {
          return undefined;
        }
        value = kind === OPEN_OBJECT ? memberAt(bytes, value, end, steps[step] as Uint8Array) : -1;
        if (value === undefined) {
          return undefined;
        }
      }
      if (value !== -1) {
        const key = keyOf(bytes, value, end, ofPath);
        if (key === undefined) {
          return undefined;
        }
        if (key !== null) {
          keys.push(key);
        }
      }
    }
    return keys;
  };
}
