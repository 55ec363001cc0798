// Parses JSON bodies strictly: valid UTF-8 only, no prototype keys, no NUL characters, nesting at most `maxDepth` deep.
import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { HandoffError } from '../../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The deepest nesting of arrays and objects in JSON text, counted without recursion (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92) {
        i += 1;
      } else if (char === 34) {
        inString = false;
      }
    } else if (char === 34) {
      inString = true;
    } else if (char === 91 || char === 123) {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if (char === 93 || char === 125) {
      depth -= 1;
    }
  }
  return deepest;
}

/**
 * The path (`a.b[2]`) of the first key or string holding U+0000, or null. PostgreSQL text columns
 * refuse NUL while SQLite stores it, so it is refused at the edge, the same on both.
 */
export function findNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : null;
  }
  if (value === null || typeof value !== 'object') {
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const itemPath = Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    const found = key.includes('\u0000') ? itemPath : findNul(item, itemPath);
    if (found !== null) {
      return found;
    }
  }
  return null;
}

export function registerJsonBody(app: FastifyInstance, maxDepth = 64): void {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(
    ['application/json', 'application/merge-patch+json'],
    { parseAs: 'buffer' },
    (_request, body, done) => {
      let text: string;
      try {
        text = utf8.decode(body as Buffer);
      } catch (error) {
        done(
          new HandoffError('bad_request', 'the body is not valid UTF-8', { path: 'body', cause: error }),
          undefined,
        );
        return;
      }
      if (text.trim() === '') {
        done(null, undefined);
        return;
      }
      if (jsonDepth(text) > maxDepth) {
        done(
          new HandoffError('bad_request', `the JSON nests deeper than ${maxDepth} levels`, { path: 'body' }),
          undefined,
        );
        return;
      }
      let value: unknown;
      try {
        value = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
      } catch (error) {
        const message = /prototype/i.test(String((error as Error).message))
          ? 'the JSON has a forbidden "__proto__" or "constructor.prototype" key'
          : `malformed JSON: ${(error as Error).message}`;
        done(new HandoffError('bad_request', message, { path: 'body', cause: error }), undefined);
        return;
      }
      // JSON text can hold NUL only as the escape \u0000: the walk runs only when that appears.
      const nulAt = text.includes('\\u0000') ? findNul(value) : null;
      if (nulAt !== null) {
        done(
          new HandoffError(
            'bad_request',
            `${nulAt || 'body'}: text may not contain the NUL character (U+0000)`,
            { path: nulAt },
          ),
          undefined,
        );
        return;
      }
      done(null, value);
    },
  );
}
