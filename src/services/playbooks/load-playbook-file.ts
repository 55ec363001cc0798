// Loads a playbook from a file or from YAML text: the one place in the playbook folder that reads files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HandoffError } from '../../errors.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import type { Playbook } from '../../core/playbook/schema.js';

/** Reads a text file; a missing or unreadable file becomes a HandoffError naming it. */
export function readTextFile(file: string | URL): string {
  const name = file instanceof URL ? fileURLToPath(file) : file;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new HandoffError('not_found', `${name}: no such file`, { cause: error });
    }
    if (code === 'EISDIR') {
      throw new HandoffError('bad_request', `${name}: is a directory, not a playbook file`, { cause: error });
    }
    throw new HandoffError('bad_request', `${name}: cannot be read (${code ?? (error as Error).message})`, {
      cause: error,
    });
  }
}

/** Tells YAML text from a file path: text has a newline or starts with `handoff:`. */
export function isYamlText(fileOrYamlText: string): boolean {
  return fileOrYamlText.includes('\n') || fileOrYamlText.trimStart().startsWith('handoff:');
}

/**
 * Loads a playbook from YAML text or from a file path (read as UTF-8); problems name the file.
 * @throws HandoffError `invalid_playbook` (with details), `not_found` or `bad_request` for unreadable files.
 */
export function loadPlaybook(fileOrYamlText: string): Playbook {
  if (isYamlText(fileOrYamlText)) {
    return parsePlaybook(fileOrYamlText);
  }
  return parsePlaybook(readTextFile(fileOrYamlText), fileOrYamlText);
}
