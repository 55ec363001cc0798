// What one case's history comes to once the whole log is read: its path through statuses and groups, the time
// spent in each, reassignments, reopenings, and when it was opened and resolved. Pure.
import { type CaseTrack, type Names, orderedChanges, STRIDE } from './case-track.js';

export interface Move {
  from: string;
  to: string;
  /** Time spent in `from` before the move, ms. */
  ms: number;
}

export interface ClosedCase {
  id: string;
  status: string | null;
  firstStatus: string | null;
  group: string | null;
  firstGroup: string | null;
  assignee: string | null;
  priority: string | null;
  channel: string | null;
  category: string | null;
  text: string | null;
  openedAt: number | null;
  resolvedAt: number | null;
  isResolved: boolean;
  firstResponseAt: number | null;
  firstResponseBusinessMs: number | null;
  reassignments: number;
  reopens: number;
  madeSla: boolean | null;
  statusDwell: Map<string, number>;
  groupDwell: Map<string, number>;
  statusMoves: Move[];
  groupMoves: Move[];
  statusesVisited: Set<string>;
  groupsVisited: Set<string>;
  events: number;
  duplicates: number;
}

export interface CloseOptions {
  isDone(status: string): boolean;
  /** The end of the log: an open case waits until then. */
  end: number;
}

const add = (map: Map<string, number>, key: string, ms: number) =>
  map.set(key, (map.get(key) ?? 0) + Math.max(0, ms));

export function closeCase(track: CaseTrack, names: Names, options: CloseOptions): ClosedCase {
  const { order, duplicates } = orderedChanges(track);
  const { changes } = track;
  const statusDwell = new Map<string, number>();
  const groupDwell = new Map<string, number>();
  const statusMoves: Move[] = [];
  const groupMoves: Move[] = [];
  const statusesVisited = new Set<string>();
  const groupsVisited = new Set<string>();
  let status: string | null = null;
  let firstStatus: string | null = null;
  let statusSince = 0;
  let group: string | null = null;
  let firstGroup: string | null = null;
  let groupSince = 0;
  let person: string | null = null;
  let firstAt: number | null = null;
  let lastDoneAt: number | null = null;
  let reassignments = 0;
  let reopens = 0;
  for (const index of order) {
    const base = index * STRIDE;
    const at = changes[base] ?? 0;
    firstAt ??= at;
    const nextStatus = changes[base + 2] ?? -1;
    const nextGroup = changes[base + 3] ?? -1;
    const nextPerson = changes[base + 4] ?? -1;
    if (nextStatus >= 0 && names.nameOf(nextStatus) !== status) {
      const name = names.nameOf(nextStatus);
      const wasDone = status !== null && options.isDone(status);
      if (status === null) {
        firstStatus = name;
      } else {
        add(statusDwell, status, at - statusSince);
        statusMoves.push({ from: status, to: name, ms: at - statusSince });
        if (wasDone && !options.isDone(name)) {
          reopens += 1;
        }
      }
      if (options.isDone(name) && !wasDone) {
        lastDoneAt = at;
      }
      status = name;
      statusSince = at;
      statusesVisited.add(name);
    }
    if (nextGroup >= 0 && names.nameOf(nextGroup) !== group) {
      const name = names.nameOf(nextGroup);
      if (group === null) {
        firstGroup = name;
      } else {
        add(groupDwell, group, at - groupSince);
        groupMoves.push({ from: group, to: name, ms: at - groupSince });
        reassignments += 1;
      }
      group = name;
      groupSince = at;
      groupsVisited.add(name);
    }
    if (nextPerson >= 0 && names.nameOf(nextPerson) !== person) {
      reassignments += person === null ? 0 : 1;
      person = names.nameOf(nextPerson);
    }
  }
  const isResolved =
    status !== null ? options.isDone(status) : track.resolvedAt !== null || track.closedAt !== null;
  const resolvedAt = isResolved ? (track.resolvedAt ?? lastDoneAt ?? track.closedAt) : null;
  const openedAt = track.openedAt ?? firstAt;
  if (status !== null && !isResolved) {
    add(statusDwell, status, options.end - statusSince);
  }
  if (group !== null) {
    add(groupDwell, group, (resolvedAt ?? options.end) - groupSince);
  }
  return {
    id: track.id,
    status,
    firstStatus,
    group,
    firstGroup,
    assignee: person,
    priority: track.priority,
    channel: track.channel,
    category: track.category,
    text: track.text,
    openedAt,
    resolvedAt,
    isResolved,
    firstResponseAt:
      track.firstResponseAt ??
      (openedAt === null || track.firstResponseMs === null ? null : openedAt + track.firstResponseMs),
    firstResponseBusinessMs: track.firstResponseAt === null ? track.firstResponseBusinessMs : null,
    reassignments: Math.max(reassignments, track.reassignments),
    reopens: Math.max(reopens, track.reopens),
    madeSla: track.madeSla,
    statusDwell,
    groupDwell,
    statusMoves,
    groupMoves,
    statusesVisited,
    groupsVisited,
    events: track.rows - duplicates,
    duplicates,
  };
}
