// Parses JSON bodies strictly: valid UTF-8 only, no prototype keys, nesting at most `maxDepth` deep.
import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { HandoffError } from '../errors.js';

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

export function registerJsonBody(app: FastifyInstance, maxDepth = 64): void {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(['application/json', 'application/merge-patch+json'], { parseAs: 'buffer' }, (_request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch (error) {
      done(new HandoffError('bad_request', 'the body is not valid UTF-8', { path: 'body', cause: error }), undefined);
      return;
    }
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    if (jsonDepth(text) > maxDepth) {
      done(new HandoffError('bad_request', `the JSON nests deeper than ${maxDepth} levels`, { path: 'body' }), undefined);
      return;
    }
    try {
      done(null, secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch (error) {
      const message = /prototype/i.test(String((error as Error).message))
        ? 'the JSON has a forbidden "__proto__" or "constructor.prototype" key'
        : `malformed JSON: ${(error as Error).message}`;
      done(new HandoffError('bad_request', message, { path: 'body', cause: error }), undefined);
    }
  });
}
