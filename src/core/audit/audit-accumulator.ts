// The audit of a helpdesk's history as a stream: fed one normalised row at a time (in any order, duplicates
// included), it keeps each case compactly and builds the report at the end. Pure: no I/O, no clock.
import type { DwellSummary } from '../metrics/metrics-report.js';
import { summarize } from '../metrics/stats.js';
import { type AuditFigures, type AuditReport } from './audit-report.js';
import type { AuditRow } from './audit-row.js';
import { addRow, type CaseTrack, makeNames, newCaseTrack } from './case-track.js';
import { type ClosedCase, closeCase } from './close-case.js';
import { type BusinessTime, type FiguresBuilder, makeFiguresBuilder } from './audit-figures.js';
import { makeFlowBuilder } from './flow-builder.js';

/** Unreadable rows listed in the report; the rest are counted. */
export const MAX_LISTED_UNREADABLE = 100;

export interface AuditOptions {
  source: string;
  timezone: string;
  doneStatuses: readonly string[];
  calendar: { id: string; businessTimeBetween: (a: number, b: number) => number } | null;
}

export interface AuditAccumulator {
  add(row: AuditRow): void;
  /** A row that could not be read, by its line number. */
  fail(line: number, message: string): void;
  readonly rows: number;
  /** Builds the report; `onCase` sees each case once (e.g. to export it) before it is let go. */
  finish(onCase?: (closed: ClosedCase) => void): AuditReport;
}

function dwellList<K extends string>(
  map: Map<string, number[]>,
  name: K,
): Array<{ [P in K]: string } & DwellSummary> {
  return [...map.entries()]
    .map(([key, values]) => {
      const { median, p90, count } = summarize(values);
      const total = values.reduce((sum, value) => sum + value, 0);
      return { [name]: key, median, p90, total, count } as { [P in K]: string } & DwellSummary;
    })
    .sort((a, b) => b.total - a.total || (a[name] < b[name] ? -1 : 1));
}

const pushTo = (map: Map<string, number[]>, key: string, value: number) => {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else {
    list.push(value);
  }
};

export function makeAuditAccumulator(options: AuditOptions): AuditAccumulator {
  const names = makeNames();
  const tracks = new Map<string, CaseTrack>();
  const done = new Set(options.doneStatuses.map((status) => status.toLowerCase()));
  const isDone = (status: string) => done.has(status.toLowerCase());
  const unreadableRows: Array<{ line: number; message: string }> = [];
  let rows = 0;
  let unreadable = 0;
  let from = Infinity;
  let to = -Infinity;
  const widen = (t: number | null) => {
    if (t !== null) {
      from = Math.min(from, t);
      to = Math.max(to, t);
    }
  };
  return {
    get rows() {
      return rows;
    },
    add(row) {
      rows += 1;
      let track = tracks.get(row.caseId);
      if (track === undefined) {
        track = newCaseTrack(row.caseId);
        tracks.set(row.caseId, track);
      }
      addRow(track, row, names);
      widen(row.at);
      widen(row.openedAt);
      widen(row.resolvedAt);
      widen(row.closedAt);
    },
    fail(line, message) {
      rows += 1;
      unreadable += 1;
      if (unreadableRows.length < MAX_LISTED_UNREADABLE) {
        unreadableRows.push({ line, message });
      }
    },
    finish(onCase) {
      const businessTime: BusinessTime = options.calendar?.businessTimeBetween ?? null;
      const headline = makeFiguresBuilder(businessTime);
      const dimensions = { priority: new Map(), group: new Map(), channel: new Map() } as Record<
        'priority' | 'group' | 'channel',
        Map<string, FiguresBuilder>
      >;
      const statusDwell = new Map<string, number[]>();
      const groupDwell = new Map<string, number[]>();
      const statusFlow = makeFlowBuilder();
      const groupFlow = makeFlowBuilder();
      let events = 0;
      let duplicates = 0;
      const end = Number.isFinite(to) ? to : 0;
      for (const [id, track] of tracks) {
        const closed = closeCase(track, names, { isDone, end });
        events += closed.events;
        duplicates += closed.duplicates;
        headline.add(closed);
        for (const key of ['priority', 'group', 'channel'] as const) {
          const value = closed[key] ?? 'none';
          let builder = dimensions[key].get(value);
          if (builder === undefined) {
            builder = makeFiguresBuilder(businessTime);
            dimensions[key].set(value, builder);
          }
          builder.add(closed);
        }
        for (const [status, ms] of closed.statusDwell) {
          pushTo(statusDwell, status, ms);
        }
        for (const [group, ms] of closed.groupDwell) {
          pushTo(groupDwell, group, ms);
        }
        statusFlow.add(closed.statusesVisited, closed.firstStatus, closed.status, closed.statusMoves);
        groupFlow.add(closed.groupsVisited, closed.firstGroup, closed.group, closed.groupMoves);
        onCase?.(closed);
        // Let each case go once counted: the report's lists hold numbers, not cases.
        tracks.delete(id);
      }
      const breakdown = (map: Map<string, FiguresBuilder>): Array<{ key: string } & AuditFigures> =>
        [...map.entries()]
          .map(([key, builder]) => ({ key, ...builder.build() }))
          .sort((a, b) => b.cases - a.cases || a.key.localeCompare(b.key));
      const byStatus = dwellList(statusDwell, 'status');
      const byGroup = dwellList(groupDwell, 'group');
      const byMedian = <T extends DwellSummary>(list: readonly T[]) =>
        [...list].sort((a, b) => (b.median ?? 0) - (a.median ?? 0));
      return {
        source: options.source,
        input: { rows, events, duplicates, unreadable, unreadableRows },
        span: {
          from: Number.isFinite(from) ? new Date(from).toISOString() : null,
          to: Number.isFinite(to) ? new Date(to).toISOString() : null,
        },
        calendar: options.calendar?.id ?? null,
        timezone: options.timezone,
        headline: headline.build(),
        byPriority: breakdown(dimensions.priority),
        byGroup: breakdown(dimensions.group),
        byChannel: breakdown(dimensions.channel),
        bottlenecks: {
          byStatus,
          byGroup,
          waitsLongest: {
            statuses: byMedian(byStatus)
              .slice(0, 3)
              .map((item) => item.status),
            group: byMedian(byGroup)[0]?.group ?? null,
          },
        },
        flow: { statuses: statusFlow.build(), groups: groupFlow.build() },
      };
    },
  };
}
