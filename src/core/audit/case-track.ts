// One case's history kept compactly while a log streams in: its status, group and assignee changes as numbers
// in a typed array (sorted and de-duplicated only at the end, so rows may come in any order), and its
// case-level facts as "latest row wins". Pure.
import type { AuditRow } from './audit-row.js';
import { rowHash } from './audit-row.js';

/** Interned names: a case keeps numbers, the names live once. */
export interface Names {
  idOf(name: string | null): number;
  nameOf(id: number): string;
}

export function makeNames(): Names {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    idOf(name) {
      if (name === null) {
        return -1;
      }
      let id = ids.get(name);
      if (id === undefined) {
        id = names.length;
        names.push(name);
        ids.set(name, id);
      }
      return id;
    },
    nameOf: (id) => names[id] ?? '',
  };
}

/** at, sequence, status, group, assignee, content hash. */
export const STRIDE = 6;

export interface CaseTrack {
  id: string;
  changes: Float64Array;
  /** Changes held. */
  size: number;
  rows: number;
  priority: string | null;
  channel: string | null;
  category: string | null;
  text: string | null;
  /** The instant of the row each latest-wins fact came from. */
  factsAt: {
    priority: number;
    channel: number;
    category: number;
    resolved: number;
    closed: number;
    sla: number;
  };
  openedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  firstResponseAt: number | null;
  /** Opening → first response, when the source records a duration rather than an instant. */
  firstResponseMs: number | null;
  firstResponseBusinessMs: number | null;
  reassignments: number;
  reopens: number;
  madeSla: boolean | null;
}

export function newCaseTrack(id: string): CaseTrack {
  return {
    id,
    changes: new Float64Array(STRIDE * 4),
    size: 0,
    rows: 0,
    priority: null,
    channel: null,
    category: null,
    text: null,
    factsAt: {
      priority: -Infinity,
      channel: -Infinity,
      category: -Infinity,
      resolved: -Infinity,
      closed: -Infinity,
      sla: -Infinity,
    },
    openedAt: null,
    resolvedAt: null,
    closedAt: null,
    firstResponseAt: null,
    firstResponseMs: null,
    firstResponseBusinessMs: null,
    reassignments: 0,
    reopens: 0,
    madeSla: null,
  };
}

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** Adds one row; the order rows come in does not matter. */
export function addRow(track: CaseTrack, row: AuditRow, names: Names): void {
  track.rows += 1;
  const at = row.at ?? -Infinity;
  if (row.at !== null && (row.status !== null || row.group !== null || row.assignee !== null)) {
    if ((track.size + 1) * STRIDE > track.changes.length) {
      const bigger = new Float64Array(track.changes.length * 2);
      bigger.set(track.changes);
      track.changes = bigger;
    }
    const base = track.size * STRIDE;
    track.changes[base] = row.at;
    track.changes[base + 1] = row.sequence ?? -1;
    track.changes[base + 2] = names.idOf(row.status);
    track.changes[base + 3] = names.idOf(row.group);
    track.changes[base + 4] = names.idOf(row.assignee);
    track.changes[base + 5] = rowHash(row);
    track.size += 1;
  }
  const facts = track.factsAt;
  if (row.priority !== null && at >= facts.priority) {
    track.priority = row.priority;
    facts.priority = at;
  }
  if (row.channel !== null && at >= facts.channel) {
    track.channel = row.channel;
    facts.channel = at;
  }
  if (row.category !== null && at >= facts.category) {
    track.category = row.category;
    facts.category = at;
  }
  if (row.resolvedAt !== null && at >= facts.resolved) {
    track.resolvedAt = row.resolvedAt;
    facts.resolved = at;
  }
  if (row.closedAt !== null && at >= facts.closed) {
    track.closedAt = row.closedAt;
    facts.closed = at;
  }
  if (row.madeSla !== null && at >= facts.sla) {
    track.madeSla = row.madeSla;
    facts.sla = at;
  }
  track.text ??= row.text;
  track.openedAt = minOf(track.openedAt, row.openedAt);
  track.firstResponseAt = minOf(track.firstResponseAt, row.firstResponseAt);
  if (
    row.firstResponseMs !== null &&
    (track.firstResponseMs === null || row.firstResponseMs < track.firstResponseMs)
  ) {
    track.firstResponseMs = row.firstResponseMs;
    track.firstResponseBusinessMs = row.firstResponseBusinessMs;
  }
  track.reassignments = Math.max(track.reassignments, row.reassignments ?? 0);
  track.reopens = Math.max(track.reopens, row.reopens ?? 0);
}

/** The change indexes in time order (ties: sequence, then the order read), duplicates left out. */
export function orderedChanges(track: CaseTrack): { order: number[]; duplicates: number } {
  const { changes } = track;
  const order = Array.from({ length: track.size }, (_, i) => i);
  order.sort(
    (a, b) =>
      (changes[a * STRIDE] ?? 0) - (changes[b * STRIDE] ?? 0) ||
      (changes[a * STRIDE + 1] ?? 0) - (changes[b * STRIDE + 1] ?? 0) ||
      a - b,
  );
  const kept: number[] = [];
  let duplicates = 0;
  let runStart = 0;
  for (const index of order) {
    const at = changes[index * STRIDE];
    const previous = kept[kept.length - 1];
    if (previous === undefined || changes[previous * STRIDE] !== at) {
      runStart = kept.length;
    }
    // A duplicate is a row with the same instant and the same content as one already kept.
    let isDuplicate = false;
    for (let k = runStart; k < kept.length && !isDuplicate; k += 1) {
      const other = kept[k] ?? 0;
      isDuplicate = [1, 2, 3, 4, 5].every((f) => changes[other * STRIDE + f] === changes[index * STRIDE + f]);
    }
    if (isDuplicate) {
      duplicates += 1;
    } else {
      kept.push(index);
    }
  }
  return { order: kept, duplicates };
}
