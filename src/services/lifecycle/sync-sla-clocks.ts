// Recomputes an escalation's SLA clocks from its timeline and re-plans its warning and breach timers, in the caller's transaction.
import type { Transaction } from 'kysely';
import { readCase } from '../../core/decide/read-case.js';
import type { SlaClock } from '../../core/sla/sla-clock.js';
import { computeSlaClocks, slaMoments } from '../../core/sla/sla-clock.js';
import { decodeJson, encodeJson } from '../../store/json.js';
import { cancelTimers, type NewTimer, scheduleTimers } from '../../store/queries/timers.js';
import { selectEventFactsOf } from '../../store/queries/select-events.js';
import { updateEscalationSla } from '../../store/queries/update-escalation-sla.js';
import type { Tables } from '../../store/tables.js';
import type { EscalationContext } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { slaFactsOf, type StoredEvent } from '../../core/sla/sla-facts.js';

export const slaTimerKinds = ['sla_warning', 'sla_breach'] as const;

/** What the escalation stores and the API shows: the policy and each clock. */
export interface StoredSla {
  policy: string;
  computedAt: number;
  clocks: SlaClock[];
}

/** Names one warning or breach of one run of a clock, so it is announced once however often clocks are recomputed. */
export const momentKey = (metric: string, startedAt: number, percent: number): string =>
  `${metric}:${startedAt}:${percent}`;

export interface SlaSubject {
  id: string;
  priority: string;
  team: string;
  tier: string | null;
  context: EscalationContext | string;
}

/** The policy for an escalation and its clocks at `now`, from its timeline; null when no policy applies. Pure. */
export function measureSla(
  runtime: PlaybookRuntime,
  subject: SlaSubject,
  events: readonly StoredEvent[],
  now: number,
): StoredSla | null {
  const context =
    typeof subject.context === 'string'
      ? (decodeJson(subject.context as never) as EscalationContext)
      : subject.context;
  const view = readCase(context.case);
  const policy = runtime.sla?.choosePolicy({
    priority: subject.priority,
    team: subject.team,
    tier: subject.tier,
    customerTier: view.customerTier,
    channel: view.channel,
    task: view.taskType,
  });
  if (policy === null || policy === undefined) {
    return null;
  }
  return {
    policy: policy.id,
    computedAt: now,
    clocks: computeSlaClocks(
      policy,
      slaFactsOf(events, (status) => runtime.workflow.categoryOf(status)),
      now,
    ),
  };
}

/**
 * Chooses the policy, computes the clocks from the whole timeline (so a changed policy or calendar is
 * applied by calling this again), cancels the unfired SLA timers and schedules, for each running clock, its
 * next warning or breach not yet announced, past ones included (they fire at once, recording when they were due).
 */
export async function syncSlaClocks(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  subject: SlaSubject,
  now: number,
): Promise<StoredSla | null> {
  await cancelTimers(trx, subject.id, slaTimerKinds);
  if (runtime.sla === null || runtime.sla.policies.length === 0) {
    await updateEscalationSla(trx, subject.id, null);
    return null;
  }
  const rows = await selectEventFactsOf(trx, subject.id);
  const events: StoredEvent[] = rows.map((row) => ({
    type: row.type,
    at: Number(row.at),
    data: decodeJson(row.data) as Record<string, unknown>,
  }));
  const measured = measureSla(runtime, subject, events, now);
  if (measured === null) {
    await updateEscalationSla(trx, subject.id, null);
    return null;
  }
  await scheduleTimers(trx, planSlaTimers(subject.id, measured, events));
  await updateEscalationSla(trx, subject.id, encodeJson(measured));
  return measured;
}

/** For each running clock, its next warning or breach not yet announced, as a timer (past ones included). Pure. */
export function planSlaTimers(
  escalationId: string,
  measured: StoredSla,
  events: readonly StoredEvent[],
): NewTimer[] {
  const announced = new Set(
    events
      .filter((event) => event.type === 'sla_warning' || event.type === 'sla_breached')
      .map((event) => String(event.data.key)),
  );
  const { clocks } = measured;
  const startedAt = new Map(clocks.map((clock) => [clock.metric, clock.startedAt]));
  const timers: NewTimer[] = [];
  const planned = new Set<string>();
  for (const moment of slaMoments(clocks)) {
    const clock = clocks.find((candidate) => candidate.metric === moment.metric);
    const key = momentKey(moment.metric, startedAt.get(moment.metric) ?? 0, moment.percent);
    // A stopped clock announces nothing more; a running one announces each moment once. Only each clock's
    // next moment is a timer: firing it re-plans the one after, so an escalation holds a timer per clock.
    if (
      announced.has(key) ||
      planned.has(moment.metric) ||
      clock === undefined ||
      clock.stoppedAt !== null ||
      clock.isPaused
    ) {
      continue;
    }
    planned.add(moment.metric);
    timers.push({
      escalationId: escalationId,
      kind: moment.kind === 'breach' ? 'sla_breach' : 'sla_warning',
      dueAt: moment.at,
      data: {
        key,
        metric: moment.metric,
        percent: moment.percent,
        policy: measured.policy,
        targetMs: clock.targetMs,
      },
    });
  }
  return timers;
}

/**
 * Re-plans the clocks of every open escalation under version `version`'s SLA rules, one page at a time from the
 * escalation after `after`: scheduled when a version is activated or rolled back to, and by each page for the next.
 */
export async function scheduleClockRecompute(
  trx: Transaction<Tables>,
  version: number,
  now: number,
  after = '',
): Promise<void> {
  await scheduleTimers(trx, [
    { escalationId: '-', kind: 'recompute_clocks', dueAt: now, data: { version, after } },
  ]);
}
