// A drill's case file read ahead: started with the process (see transports/cli/main.ts), so that reading tens of
// megabytes (most of it the kernel filling fresh memory) overlaps loading the modules instead of following it. Imports
// nothing but node's own modules, so reading ahead costs nothing to load.
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * A file's bytes read straight into memory worker threads can share (a SharedArrayBuffer), so the drill does not copy
 * them there afterwards, on libuv's thread pool. Anything else than a regular file (a pipe, `<(zcat cases.gz)`) is
 * read to its end as it comes. Rejects with the file system's own error.
 */
export async function readCaseBytes(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      return await handle.readFile();
    }
    const bytes = Buffer.from(new SharedArrayBuffer(stat.size));
    let filled = 0;
    while (filled < stat.size) {
      const { bytesRead } = await handle.read(bytes, filled, stat.size - filled, filled);
      if (bytesRead === 0) {
        break;
      }
      filled += bytesRead;
    }
    return filled === stat.size ? bytes : bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * `handoff drill` options that take a value (see commands/drill.ts; test/cli-drill-arguments.test.ts holds the two
 * alike): the word after one is not the case file.
 */
export const DRILL_OPTIONS_WITH_VALUE: ReadonlySet<string> = new Set([
  '-p',
  '--playbook',
  '-t',
  '--template',
  '--against',
  '--format',
  '--threads',
]);

/** The case file a drill's arguments name, when they name one (not standard input); a guess the command checks. */
export function caseFileIn(argv: readonly string[]): string | undefined {
  const positional: string[] = [];
  for (let at = 3; at < argv.length; at += 1) {
    const argument = argv[at] ?? '';
    if (argument === '--') {
      positional.push(...argv.slice(at + 1));
      break;
    }
    if (DRILL_OPTIONS_WITH_VALUE.has(argument)) {
      at += 1;
    } else if (!argument.startsWith('-') || argument === '-') {
      positional.push(argument);
    }
  }
  const [file] = positional;
  return positional.length === 1 && file !== undefined && file !== '-' ? file : undefined;
}

let ahead: { file: string; bytes: Promise<Buffer> } | undefined;

/** Starts reading the regular file a drill's arguments name, to be taken by takeCaseBytesAhead. */
export function readCaseBytesAhead(argv: readonly string[]): void {
  const file = caseFileIn(argv);
  try {
    if (file !== undefined && statSync(file).isFile()) {
      const bytes = readCaseBytes(file);
      // Its error, if any, is the reader's to report when it takes the bytes.
      bytes.catch(() => undefined);
      ahead = { file, bytes };
    }
  } catch {
    // Missing or unreadable: the command reports it as for any file.
  }
}

/** The bytes of `file` when they were read ahead (once), else undefined; any other file read ahead is dropped. */
export function takeCaseBytesAhead(file: string): Promise<Buffer> | undefined {
  const taken = ahead?.file === file ? ahead.bytes : undefined;
  ahead = undefined;
  return taken;
}
