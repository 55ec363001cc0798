// Writes playbook problems the way compilers do, one per line: `file:line:col path: message`.
import { isHandoffError } from '../../errors.js';

/**
 * Formats an error from `parsePlaybook`/`loadPlaybook` as lines `source:line:col path: message`
 * (one per detail); any other error becomes one line `source: message`.
 */
export function formatPlaybookErrors(error: unknown, source: string): string[] {
  if (!isHandoffError(error) || error.details.length === 0) {
    return [`${source}: ${error instanceof Error ? error.message : String(error)}`];
  }
  return error.details.map((detail) => {
    const where = detail.line === undefined ? source : `${source}:${detail.line}:${detail.col ?? 1}`;
    return `${where} ${detail.path === '' ? '' : `${detail.path}: `}${detail.message}`;
  });
}
