// Talks to the API on this origin with the session cookie; every request says it comes from the dashboard (CSRF).
import type { Incident, IncidentEvent } from '../../src/core/incidents/incident';
export interface ApiErrorBody {
  code: string;
  message: string;
  path: string | null;
  details?: Array<{ path: string; message: string; line?: number; col?: number }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

let onSignedOut: () => void = () => undefined;
/** Called when the server no longer accepts the session (ended, revoked key). */
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

export interface RequestOptions {
  body?: unknown;
  ifMatch?: number;
  accept?: string;
}

export async function api<T = unknown>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { 'x-requested-with': 'handoff-dashboard' };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (options.ifMatch !== undefined) {
    headers['if-match'] = String(options.ifMatch);
  }
  if (options.accept !== undefined) {
    headers.accept = options.accept;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const parsed: unknown = type.includes('json') && text !== '' ? JSON.parse(text) : text;
  if (!response.ok) {
    const body =
      typeof parsed === 'object' && parsed !== null && 'error' in parsed
        ? (parsed as { error: ApiErrorBody }).error
        : {
            code: 'http_' + response.status,
            message: response.statusText || String(response.status),
            path: null,
          };
    if (response.status === 401 && path !== '/v1/session') {
      onSignedOut();
    }
    throw new ApiError(response.status, body);
  }
  return parsed as T;
}

export interface Session {
  name: string;
  kind: 'human' | 'admin';
  personId: string | null;
  myTeams: string[];
  teams: string[];
  tiers: string[];
  statuses: Array<{ id: string; category: 'open' | 'paused' | 'done' | undefined }>;
  /** The active playbook's trigger ids and locales, for the queue filters. */
  triggers: string[];
  locales: string[];
  playbookVersion: number;
}

export interface Escalation {
  id: string;
  caseId: string;
  status: string;
  priority: string;
  team: string;
  tier: string | null;
  assignee: string | null;
  version: number;
  openedAt: string;
  updatedAt: string;
  claimedAt: string | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  outcome: string | null;
  reasonCategory: string | null;
}

export interface SlaClock {
  metric: string;
  targetMs: number;
  startedAt: string;
  dueAt: string | null;
  elapsedMs: number;
  remainingMs: number;
  isPaused: boolean;
  state: string;
}

export interface TimelineEvent {
  id: number;
  escalationId: string;
  type: string;
  actor: string | null;
  at: string;
  data: Record<string, unknown>;
}

// Incidents as the API shows them: the core's own types, so the two cannot drift apart.
export type { Incident, IncidentEvent };

/** An open incident as `GET /v1/incidents` lists it: its escalations counted, not named. */
export type IncidentSummary = Omit<Incident, 'escalations'> & { escalationCount: number };

/** One incident as `GET /v1/incidents/:id` gives it: with its whole timeline. */
export type IncidentDetail = Incident & { timeline: IncidentEvent[] };

export interface EscalationDetail extends Escalation {
  context: {
    case: {
      locale?: string;
      customer?: { id?: string; name?: string; tier?: string };
      conversation?: Array<{ role: string; text: string; at?: string }>;
      ai?: { attempts?: Array<{ action: string; result?: string }> };
      proposed_action?: unknown;
    } & Record<string, unknown>;
    reasons: Array<{ trigger: string; kind: string; detail: string }>;
    explicitReason: { category: string; detail: string } | null;
    approval: {
      proposedAction: unknown;
      required: number;
      approvers: string[];
      deadlineAt: string | null;
    } | null;
  };
  brief: {
    customer: string;
    wants: string;
    tried: string[];
    why: string[];
    sentiment: string;
    nextStep: string;
    text: string;
  };
  timeline: TimelineEvent[];
  approvals: Array<{ approver: string; verdict: string; note: string | null; at: string }>;
  approvalState: string | null;
  sla: { policy: string; clocks: SlaClock[] } | null;
}
