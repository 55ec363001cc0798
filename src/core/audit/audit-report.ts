// The audit report: a helpdesk's baseline read from its history, with the live metrics' definitions (see
// src/core/metrics) so that before and after compare. Types only.
import type { DwellSummary } from '../metrics/metrics-report.js';
import type { DurationSummary } from '../metrics/stats.js';

export type BusinessSummary = DurationSummary & {
  businessMedian: number | null;
  businessP90: number | null;
  businessMean: number | null;
};

/** The headline figures of a set of cases. */
export interface AuditFigures {
  cases: number;
  resolved: number;
  open: number;
  /** Opened → first public reply by a person, where the source records it. */
  timeToFirstResponse: BusinessSummary;
  /** Opened → resolved (the last resolution when reopened), resolved cases only. */
  timeToResolution: BusinessSummary;
  /** Share of resolved cases resolved with no reassignment (group or person) and no reopening. */
  firstContactResolution: { rate: number | null; count: number };
  /** Share of cases reassigned at least once (to another group or person). */
  reassignmentRate: number | null;
  /** Share of cases reopened at least once. */
  reopenRate: number | null;
  /** Cases whose source says the SLA was met or missed; null when the source records none. */
  sla: { met: number; breached: number; rate: number | null } | null;
}

export interface FlowNode {
  name: string;
  /** Cases that were ever here. */
  cases: number;
  /** Cases that started here. */
  entries: number;
  /** Cases that were here at the end of the log (finished, or still waiting). */
  endedHere: number;
}

export interface FlowEdge {
  from: string;
  to: string;
  count: number;
  /** Median time in `from` before the move, ms. */
  median: number | null;
}

export interface Flow {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface AuditReport {
  source: string;
  /** What was read: rows, the events kept, duplicates dropped, rows that could not be read (the first 100). */
  input: {
    rows: number;
    events: number;
    duplicates: number;
    unreadable: number;
    unreadableRows: Array<{ line: number; message: string }>;
  };
  /** The first and last instants of the log (ISO); an open case waits until `to`. */
  span: { from: string | null; to: string | null };
  /** The business calendar of the business times; null for calendar time. */
  calendar: string | null;
  timezone: string;
  headline: AuditFigures;
  byPriority: Array<{ key: string } & AuditFigures>;
  byGroup: Array<{ key: string } & AuditFigures>;
  byChannel: Array<{ key: string } & AuditFigures>;
  bottlenecks: {
    byStatus: Array<{ status: string } & DwellSummary>;
    byGroup: Array<{ group: string } & DwellSummary>;
    /** Statuses by median wait, longest first (at most 3), and the group where cases wait longest. */
    waitsLongest: { statuses: string[]; group: string | null };
  };
  flow: { statuses: Flow; groups: Flow };
}
