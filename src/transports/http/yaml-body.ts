// Parses YAML (and plain-text) bodies as strictly as JSON ones: valid UTF-8 only, no NUL characters.
import type { FastifyInstance } from 'fastify';
import { HandoffError } from '../../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of a character offset in text. */
function positionOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}

/**
 * Decodes a YAML body. Invalid UTF-8 is refused rather than silently replaced, and NUL is refused because
 * PostgreSQL text columns cannot hold it while SQLite would store it: the same on both databases.
 * @throws HandoffError `bad_request` with path `body`.
 */
export function decodeYamlBody(body: Buffer): string {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch (error) {
    throw new HandoffError('bad_request', 'the body is not valid UTF-8', { path: 'body', cause: error });
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, col } = positionOf(text, nul);
    throw new HandoffError(
      'bad_request',
      `body: text may not contain the NUL character (U+0000); found at line ${line}, column ${col}`,
      { path: 'body', details: [{ path: 'body', message: 'the NUL character (U+0000)', line, col }] },
    );
  }
  return text;
}

/** Registers the YAML body parser for the content types a playbook may be sent as. */
export function registerYamlBody(app: FastifyInstance): void {
  app.addContentTypeParser(
    ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/plain'],
    { parseAs: 'buffer' },
    (_request, body, done) => {
      try {
        done(null, decodeYamlBody(body as Buffer));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
}
