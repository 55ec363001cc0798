// The queues as pure functions: what each asks the API for, which escalations belong to it, how it sorts, and how a
// live change is folded into the rows shown.
import type { Escalation, EscalationDetail, Session } from './api';

export type QueueId = 'mine' | 'teams' | 'unassigned' | 'breaching' | 'approval' | 'all';
export const queueIds: readonly QueueId[] = ['mine', 'teams', 'unassigned', 'breaching', 'approval', 'all'];

export interface Filters {
  team?: string;
  tier?: string;
  priority?: string;
  status?: string;
  trigger?: string;
  locale?: string;
  text?: string;
  openedAfter?: string;
  openedBefore?: string;
}

export type Sort = 'newest' | 'oldest' | 'priority' | 'updated';

const openStatuses = (session: Session): string[] =>
  session.statuses.filter((status) => status.category !== 'done').map((status) => status.id);

/** The query string of GET /v1/escalations for a queue and its filters. */
export function queryOf(queue: QueueId, session: Session, filters: Filters): URLSearchParams {
  const query = new URLSearchParams({ limit: '100' });
  const open = openStatuses(session).join(',');
  if (queue === 'mine' && session.personId !== null) {
    query.set('assignee', session.personId);
  }
  if (queue === 'teams' && session.myTeams.length > 0) {
    query.set('team', session.myTeams.join(','));
  }
  if (queue === 'approval') {
    query.set('status', 'pending_approval');
  } else if (queue !== 'all') {
    query.set('status', open);
  }
  for (const [name, value] of [
    ['team', filters.team],
    ['tier', filters.tier],
    ['priority', filters.priority],
    ['status', filters.status],
    ['trigger', filters.trigger],
    ['locale', filters.locale],
    ['opened_after', filters.openedAfter],
    ['opened_before', filters.openedBefore],
  ] as const) {
    if (value !== undefined && value !== '') {
      query.set(name, value);
    }
  }
  return query;
}

const given = (value: string | undefined): value is string => value !== undefined && value !== '';

/**
 * Whether an escalation's context matches the trigger and locale filters; a row of a list (no context) was matched
 * by the server already.
 */
function matchesContext(filters: Filters, escalation: Escalation | EscalationDetail): boolean {
  if (!('context' in escalation)) {
    return true;
  }
  const locale = (escalation.context.case.locale ?? '').toLowerCase();
  const wanted = filters.locale?.toLowerCase() ?? '';
  return (
    (!given(filters.trigger) ||
      escalation.context.reasons.some((reason) => reason.trigger === filters.trigger)) &&
    (!given(filters.locale) || locale === wanted || locale.startsWith(`${wanted}-`))
  );
}

/** Whether an escalation (as it is now) belongs in the queue: decides whether a live change adds, keeps or drops it. */
export function belongs(
  queue: QueueId,
  session: Session,
  filters: Filters,
  escalation: Escalation | EscalationDetail,
): boolean {
  const open = session.statuses.find((status) => status.id === escalation.status)?.category !== 'done';
  const byQueue =
    queue === 'mine'
      ? open && (session.personId === null || escalation.assignee === session.personId)
      : queue === 'teams'
        ? open && (session.myTeams.length === 0 || session.myTeams.includes(escalation.team))
        : queue === 'unassigned'
          ? open && escalation.assignee === null
          : queue === 'breaching'
            ? open && escalation.firstResponseAt === null
            : queue === 'approval'
              ? escalation.status === 'pending_approval'
              : true;
  const text = filters.text?.trim().toLocaleLowerCase() ?? '';
  return (
    byQueue &&
    (filters.team === undefined || filters.team === '' || escalation.team === filters.team) &&
    (filters.tier === undefined || filters.tier === '' || escalation.tier === filters.tier) &&
    (filters.priority === undefined || filters.priority === '' || escalation.priority === filters.priority) &&
    (filters.status === undefined || filters.status === '' || escalation.status === filters.status) &&
    matchesContext(filters, escalation) &&
    (filters.openedAfter === undefined || escalation.openedAt >= filters.openedAfter) &&
    (filters.openedBefore === undefined || escalation.openedAt < filters.openedBefore) &&
    (text === '' ||
      [
        escalation.id,
        escalation.caseId,
        escalation.reasonCategory ?? '',
        escalation.team,
        escalation.status,
      ].some((field) => field.toLocaleLowerCase().includes(text)))
  );
}

const priorityRank: Record<string, number> = { urgent: 0, high: 1, normal: 2, medium: 2, low: 3 };

export function sortRows(rows: readonly Escalation[], sort: Sort): Escalation[] {
  const copy = [...rows];
  const byOpened = (a: Escalation, b: Escalation) =>
    a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id);
  switch (sort) {
    case 'oldest':
      return copy.sort(byOpened);
    case 'priority':
      return copy.sort(
        (a, b) => (priorityRank[a.priority] ?? 9) - (priorityRank[b.priority] ?? 9) || byOpened(a, b),
      );
    case 'updated':
      return copy.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    default:
      return copy.sort((a, b) => -byOpened(a, b));
  }
}

/** The rows after a live change to one escalation: replaced, added or dropped; an older version never wins. */
export function upsert(rows: readonly Escalation[], escalation: Escalation, keep: boolean): Escalation[] {
  const at = rows.findIndex((row) => row.id === escalation.id);
  if (at >= 0 && (rows[at]?.version ?? 0) > escalation.version) {
    return [...rows];
  }
  if (!keep) {
    return at < 0 ? [...rows] : rows.filter((row) => row.id !== escalation.id);
  }
  if (at < 0) {
    return [escalation, ...rows];
  }
  const copy = [...rows];
  copy[at] = escalation;
  return copy;
}

/** The escalation to show after an answer arrives: answers may arrive out of order, and an older version never wins. */
export function newerOf<T extends { id: string; version: number }>(current: T | null, found: T): T {
  return current !== null && current.id === found.id && current.version > found.version ? current : found;
}
