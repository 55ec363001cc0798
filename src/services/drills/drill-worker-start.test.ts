// How many threads a drill's arguments ask for, read before the command line is parsed (to start workers ahead).
import { describe, expect, test } from 'vitest';
import { defaultDrillThreads, threadsIn } from './drill-worker-start.js';

const drill = (...words: string[]) => ['node', 'handoff.js', 'drill', ...words];

describe('threadsIn', () => {
  test('reads --threads N and --threads=N, at most 64', () => {
    expect(threadsIn(drill('--threads', '3', 'past.jsonl'))).toBe(3);
    expect(threadsIn(drill('past.jsonl', '--threads=1'))).toBe(1);
    expect(threadsIn(drill('--threads', '500'))).toBe(64);
  });

  test('falls back to one per core when absent or not a whole number of at least 1', () => {
    for (const argv of [
      drill('past.jsonl'),
      drill('--threads', '0'),
      drill('--threads', 'two'),
      drill('--threads=1.5'),
      drill('--threads'),
    ]) {
      expect(threadsIn(argv)).toBe(defaultDrillThreads());
    }
  });
});
