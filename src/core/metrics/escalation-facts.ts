// One escalation's metric facts, read from its row and timeline: what every metric is computed from. Pure.

export type StatusCategory = 'open' | 'paused' | 'done';

/** A timeline event as stored: type, instant (ms), data, and who did it. */
export interface FactEvent {
  type: string;
  at: number;
  actor?: string | null;
  data: Record<string, unknown>;
}

/** What the row says now (the timeline says how it got there). */
export interface EscalationSnapshot {
  id: string;
  caseId: string;
  openedAt: number;
  team: string;
  tier: string | null;
  assignee: string | null;
  priority: string;
  status: string;
  outcome: string | null;
  resolvedAt: number | null;
  playbookVersion: number;
  reroutes: number;
  tierChanges: number;
  channel: string | null;
  locale: string | null;
  /** The first trigger of its decision, or `explicit:<reason category>`. */
  trigger: string;
  /** The case's first customer message; the opening when the case has none. */
  firstMessageAt: number;
  /** SLA clocks as last measured: state and, while running, when each runs out. */
  slaClocks: ReadonlyArray<{ metric: string; state: string; dueAt: number | null }>;
}

export interface EscalationFacts {
  id: string;
  caseId: string;
  openedAt: number;
  firstMessageAt: number;
  team: string;
  tier: string | null;
  assignee: string | null;
  /** The first person who took it (claimed it, or was assigned it); null while nobody has. */
  firstTaker: string | null;
  priority: string;
  channel: string | null;
  locale: string | null;
  trigger: string;
  playbookVersion: number;
  status: string;
  category: StatusCategory;
  /** Since when it has been in its current status (its dwell there is counted up to the report's now). */
  statusSince: number;
  firstResponseAt: number | null;
  /** Trigger → first public reply by a person, calendar ms. */
  firstResponseMs: number | null;
  /** The same in the working time of its SLA calendar (calendar ms without one). */
  firstResponseBusinessMs: number | null;
  resolvedAt: number | null;
  /** First customer message → resolved, ms; null while not finished. */
  resolutionMs: number | null;
  outcome: string | null;
  reroutes: number;
  tierChanges: number;
  reassignments: number;
  reopens: number;
  handedBack: boolean;
  /** Resolved (by a person) by its first taker with no reroute, tier change, reassignment or reopening; null until resolved by a person. */
  firstContactResolution: boolean | null;
  approvalRequestedAt: number | null;
  approvalDecidedAt: number | null;
  /** SLA clock states by metric (met, breached, running, paused). */
  sla: Record<string, string>;
  /** The earliest instant a running SLA clock runs out; null when none runs. */
  nextDueAt: number | null;
  /** ms spent in each status before the current one (the current one counts from `statusSince`). */
  statusDwell: Record<string, number>;
  /** ms spent with each team before the current one (the current one counts from `teamSince`). */
  teamDwell: Record<string, number>;
  teamSince: number;
}

/** Events that move the status carry the new one in `to` (or `status` when opened or resolved). */
const statusEvents = new Set([
  'created',
  'status_changed',
  'resolved',
  'handed_back',
  'reopened',
  'approval_decided',
  'automation_applied',
]);
const teamEvents = new Set(['created', 'assigned', 'queued_for_team']);
const takingEvents = new Set(['claimed', 'assigned']);

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Reads the facts. `categoryOf` says which statuses are done; `businessTimeBetween` is the SLA calendar's
 * working time in [a, b) (calendar time when no calendar applies).
 */
export function escalationFactsOf(
  snapshot: EscalationSnapshot,
  events: readonly FactEvent[],
  categoryOf: (status: string) => StatusCategory | undefined,
  businessTimeBetween: (a: number, b: number) => number,
): EscalationFacts {
  const { openedAt } = snapshot;
  let status: string | null = null;
  let statusSince = openedAt;
  let team: string | null = null;
  let teamSince = openedAt;
  const statusDwell: Record<string, number> = {};
  const teamDwell: Record<string, number> = {};
  let firstTaker: string | null = null;
  let reassignments = 0;
  let current: string | null = null;
  let reopens = 0;
  let handedBack = false;
  let firstResponseAt: number | null = null;
  let approvalRequestedAt: number | null = null;
  let approvalDecidedAt: number | null = null;
  for (const event of events) {
    const nextStatus = statusEvents.has(event.type) ? (text(event.data.to) ?? text(event.data.status)) : null;
    if (nextStatus !== null && nextStatus !== status) {
      if (status !== null) {
        statusDwell[status] = (statusDwell[status] ?? 0) + Math.max(0, event.at - statusSince);
      }
      status = nextStatus;
      statusSince = event.at;
    }
    const nextTeam = teamEvents.has(event.type) ? text(event.data.team) : null;
    if (nextTeam !== null && nextTeam !== team) {
      if (team !== null) {
        teamDwell[team] = (teamDwell[team] ?? 0) + Math.max(0, event.at - teamSince);
      }
      team = nextTeam;
      teamSince = event.at;
    }
    if (takingEvents.has(event.type)) {
      const person = text(event.data.assignee);
      if (person !== null) {
        if (firstTaker === null) {
          firstTaker = person;
        } else if (current !== null && person !== current) {
          reassignments += 1;
        }
        current = person;
      }
    }
    if (event.type === 'reopened') {
      reopens += 1;
    } else if (
      event.type === 'handed_back' ||
      (event.type === 'resolved' && event.data.outcome === 'handed_back')
    ) {
      handedBack = true;
    } else if (event.type === 'commented' && event.data.visibility === 'public' && firstResponseAt === null) {
      firstResponseAt = event.at >= openedAt ? event.at : null;
    } else if (event.type === 'approval_requested' && approvalRequestedAt === null) {
      approvalRequestedAt = event.at;
    } else if (
      (event.type === 'approval_decided' || event.type === 'approval_expired') &&
      approvalDecidedAt === null
    ) {
      approvalDecidedAt = event.at;
    }
  }
  const category = categoryOf(snapshot.status) ?? 'open';
  const isDone = category === 'done' && snapshot.resolvedAt !== null;
  const resolvedAt = isDone ? snapshot.resolvedAt : null;
  const outcome = isDone ? snapshot.outcome : null;
  const sla: Record<string, string> = {};
  let nextDueAt: number | null = null;
  for (const clock of snapshot.slaClocks) {
    sla[clock.metric] = clock.state;
    if (clock.state === 'running' && clock.dueAt !== null) {
      nextDueAt = nextDueAt === null ? clock.dueAt : Math.min(nextDueAt, clock.dueAt);
    }
  }
  const isPersonResolution = outcome === 'resolved';
  return {
    id: snapshot.id,
    caseId: snapshot.caseId,
    openedAt,
    firstMessageAt: Math.min(snapshot.firstMessageAt, openedAt),
    team: snapshot.team,
    tier: snapshot.tier,
    assignee: snapshot.assignee,
    firstTaker,
    priority: snapshot.priority,
    channel: snapshot.channel,
    locale: snapshot.locale,
    trigger: snapshot.trigger,
    playbookVersion: snapshot.playbookVersion,
    status: snapshot.status,
    category,
    statusSince,
    firstResponseAt,
    firstResponseMs: firstResponseAt === null ? null : firstResponseAt - openedAt,
    firstResponseBusinessMs: firstResponseAt === null ? null : businessTimeBetween(openedAt, firstResponseAt),
    resolvedAt,
    resolutionMs:
      resolvedAt === null ? null : Math.max(0, resolvedAt - Math.min(snapshot.firstMessageAt, openedAt)),
    outcome,
    reroutes: snapshot.reroutes,
    tierChanges: snapshot.tierChanges,
    reassignments,
    reopens,
    handedBack: handedBack || outcome === 'handed_back',
    firstContactResolution: isPersonResolution
      ? snapshot.reroutes === 0 &&
        snapshot.tierChanges === 0 &&
        reassignments === 0 &&
        reopens === 0 &&
        firstTaker !== null &&
        snapshot.assignee === firstTaker
      : null,
    approvalRequestedAt,
    approvalDecidedAt,
    sla,
    nextDueAt: isDone ? null : nextDueAt,
    statusDwell,
    teamDwell,
    teamSince,
  };
}
