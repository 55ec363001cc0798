// The case file a drill reads ahead: which argument names it, and that its bytes are taken once, by that file only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { caseFileIn, readCaseBytes, readCaseBytesAhead, takeCaseBytesAhead } from './drill-input-ahead.js';

const dir = mkdtempSync(join(tmpdir(), 'handoff-drill-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const drill = (...words: string[]) => ['node', 'handoff.js', 'drill', ...words];

describe('caseFileIn', () => {
  test('finds the one positional argument, past options and their values', () => {
    expect(caseFileIn(drill('--playbook', 'p.yaml', 'past.jsonl'))).toBe('past.jsonl');
    expect(caseFileIn(drill('past.jsonl', '-t', 'customer-support', '--format', 'json'))).toBe('past.jsonl');
    expect(caseFileIn(drill('--against', 'active', '--threads', '2', '-p', 'x.yaml', 'a.jsonl'))).toBe(
      'a.jsonl',
    );
    expect(caseFileIn(drill('--threads=2', '--template=raci', 'a.jsonl'))).toBe('a.jsonl');
    expect(caseFileIn(drill('-p', 'x.yaml', '--', '-odd-name.jsonl'))).toBe('-odd-name.jsonl');
  });

  test('names none for standard input, no file, or more than one word it cannot place', () => {
    expect(caseFileIn(drill('-p', 'x.yaml'))).toBeUndefined();
    expect(caseFileIn(drill('-p', 'x.yaml', '-'))).toBeUndefined();
    expect(caseFileIn(drill('a.jsonl', 'b.jsonl'))).toBeUndefined();
  });
});

describe('reading ahead', () => {
  test('the file named is read into shared memory and taken once; another file takes nothing', async () => {
    const file = join(dir, 'past.jsonl');
    writeFileSync(file, '{"id":"a"}\n{"id":"b"}\n');
    readCaseBytesAhead(drill('-t', 'raci', file));
    expect(takeCaseBytesAhead(join(dir, 'other.jsonl'))).toBeUndefined();
    // Asking for another file dropped the read: nothing is left to take.
    expect(takeCaseBytesAhead(file)).toBeUndefined();
    readCaseBytesAhead(drill('-t', 'raci', file));
    const bytes = await takeCaseBytesAhead(file);
    expect(bytes?.toString()).toBe('{"id":"a"}\n{"id":"b"}\n');
    expect(bytes?.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(takeCaseBytesAhead(file)).toBeUndefined();
  });

  test('a missing file, a directory or standard input is not read ahead; a missing file rejects when read', async () => {
    for (const argv of [drill(join(dir, 'missing.jsonl')), drill(dir), drill('-')]) {
      readCaseBytesAhead(argv);
      expect(takeCaseBytesAhead(argv[3] ?? '')).toBeUndefined();
    }
    await expect(readCaseBytes(join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
