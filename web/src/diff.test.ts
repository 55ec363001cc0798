// The line diff of two playbook versions.
import { describe, expect, it } from 'vitest';
import { diffLines } from './diff';

describe('diffLines', () => {
  it('marks added and removed lines with their line numbers', () => {
    const before = 'a: 1\nb: 2\nc: 3\nd: 4';
    const after = 'a: 1\nb: 20\nc: 3\nd: 4\ne: 5';
    const changed = diffLines(before, after).filter((line) => line.kind !== 'same');
    expect(changed).toEqual([
      { kind: 'removed', text: 'b: 2', line: 2 },
      { kind: 'added', text: 'b: 20', line: 2 },
      { kind: 'added', text: 'e: 5', line: 5 },
    ]);
  });

  it('finds nothing between equal texts and keeps every line', () => {
    const text = 'x\ny\nz';
    const lines = diffLines(text, text);
    expect(lines.every((line) => line.kind === 'same')).toBe(true);
    expect(lines).toHaveLength(3);
  });
});
