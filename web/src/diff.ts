// A line diff of two playbook versions (longest common subsequence), for the playbook view.
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** Line number in the old text (same, removed) or the new one (added). */
  line: number;
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Lines common to the start and the end are skipped before the quadratic table.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start += 1;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const table: number[][] = Array.from({ length: midA.length + 1 }, () =>
    new Array<number>(midB.length + 1).fill(0),
  );
  for (let i = midA.length - 1; i >= 0; i -= 1) {
    for (let j = midB.length - 1; j >= 0; j -= 1) {
      const row = table[i] as number[];
      row[j] =
        midA[i] === midB[j]
          ? (table[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = a.slice(0, start).map((text, index) => ({ kind: 'same', text, line: index + 1 }));
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      out.push({ kind: 'same', text: midA[i] ?? '', line: start + i + 1 });
      i += 1;
      j += 1;
    } else if (
      i < midA.length &&
      (j === midB.length || (table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0))
    ) {
      out.push({ kind: 'removed', text: midA[i] ?? '', line: start + i + 1 });
      i += 1;
    } else {
      out.push({ kind: 'added', text: midB[j] ?? '', line: start + j + 1 });
      j += 1;
    }
  }
  a.slice(endA).forEach((text, index) => out.push({ kind: 'same', text, line: endA + index + 1 }));
  return out;
}
