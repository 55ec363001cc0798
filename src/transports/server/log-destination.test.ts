import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeLogDestination, makeLogger } from './log-destination.js';

describe('log destination', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the lines in order', async () => {
    const file = join(dir, 'ok.log');
    const fd = openSync(file, 'w');
    const destination = makeLogDestination(fd);
    const logger = makeLogger('info', destination);
    for (let i = 0; i < 100; i += 1) {
      logger.info({ i }, 'line');
    }
    await destination.drained();
    closeSync(fd);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { i: number }).i)).toEqual(
      Array.from({ length: 100 }, (_, i) => i),
    );
    expect(destination.dropped()).toBe(0);
  });

  test('a full disk (ENOSPC on /dev/full) costs the lines, never an exception', async () => {
    const fd = openSync('/dev/full', 'w');
    const destination = makeLogDestination(fd);
    const logger = makeLogger('info', destination);
    logger.info('lost');
    await destination.drained();
    logger.warn('lost too');
    await destination.drained();
    closeSync(fd);
    expect(destination.dropped()).toBe(2);
  });

  test('a closed descriptor (EBADF) costs the lines, never an exception', async () => {
    const fd = openSync(join(dir, 'closed.log'), 'w');
    closeSync(fd);
    const destination = makeLogDestination(fd);
    makeLogger('info', destination).error('lost');
    await destination.drained();
    expect(destination.dropped()).toBe(1);
  });

  test('a reader that falls behind: lines beyond the buffer are dropped, not kept', async () => {
    const file = join(dir, 'slow.log');
    const fd = openSync(file, 'w');
    const destination = makeLogDestination(fd, 1_000);
    const logger = makeLogger('info', destination);
    // All in one tick, before the first write can start: only what fits in 1,000 characters is queued.
    for (let i = 0; i < 100; i += 1) {
      logger.info({ i }, 'a line of some length');
    }
    await destination.drained();
    logger.info('after');
    await destination.drained();
    closeSync(fd);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(destination.dropped()).toBeGreaterThan(0);
    // Each line logged is written or counted lost; the first write begins with a line that says how many.
    expect(lines.length - 2 + destination.dropped()).toBe(100);
    const report = JSON.parse(lines[0] ?? '{}') as { msg?: string };
    expect(report.msg).toBe(`${destination.dropped()} log lines lost (too slow)`);
  });
});
