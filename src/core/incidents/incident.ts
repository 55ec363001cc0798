// An incident as the API shows it: one problem many escalations share, with its roles, period and update clock.

export interface Incident {
  id: string;
  title: string;
  summary: string | null;
  severity: string;
  critical: boolean;
  phase: string;
  /** `open` or `resolved`. */
  status: string;
  owner: string | null;
  /** Role id → the person holding it (null when nobody could be found). */
  roles: Record<string, string | null>;
  /** The operational period running, from 1, and when it started. */
  period: number;
  periodStartedAt: string;
  lastUpdateAt: string;
  nextUpdateAt: string | null;
  escalations: string[];
  source: string | null;
  openedBy: string | null;
  openedAt: string;
  resolvedAt: string | null;
  updatedAt: string;
  version: number;
}

export interface IncidentEvent {
  id: number;
  incidentId: string;
  type: string;
  actor: string | null;
  at: string;
  data: Record<string, unknown>;
}
