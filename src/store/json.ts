// JSON columns: encoded to text the same way on both dialects (text on SQLite, jsonb on PostgreSQL).
declare const jsonOf: unique symbol;

/** Encoded JSON as stored in a JSON column; `T` is the value it decodes to. Make one with {@link encodeJson}. */
export type JsonText<T = unknown> = string & { readonly [jsonOf]: T };

// PostgreSQL's jsonb rejects the escape \u0000 and lone UTF-16 surrogates, which JSON.stringify
// emits as \u0000 and \udXXX escapes (a well-formed pair is emitted raw, never escaped). Both become
// U+FFFD on both dialects, so a value reads back the same whichever database stores it. The
// look-behind skips escaped backslashes, so a literal "\u0000" typed as text is left alone.
const unstorableEscape = /(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/gi;

/** Encodes a value for a JSON column. `undefined` is not JSON: it throws rather than store nothing. */
export function encodeJson<T>(value: T): JsonText<T> {
  const text: unknown = JSON.stringify(value);
  if (typeof text !== 'string') {
    throw new TypeError('encodeJson: value has no JSON form');
  }
  // Most text has no \u escape at all: skip the scan then.
  return (text.includes('\\u') ? text.replace(unstorableEscape, '$1\\ufffd') : text) as JsonText<T>;
}

/** Decodes a JSON column as read from either dialect (both return the text, see the PostgreSQL type parsers). */
export function decodeJson<T>(text: JsonText<T>): T {
  return JSON.parse(text) as T;
}
