// The SLA clocks of one escalation under one policy, computed afresh from its timeline and the time now.
import { type SlaMetric, slaMetrics } from '../playbook/sla-schema.js';
import type { CompiledSlaPolicy } from './compile-sla.js';
import { type ClockReading, measureClock } from './measure-clock.js';
import { readSlaTimeline, type SlaFact } from './sla-timeline.js';

export interface SlaClock extends ClockReading {
  metric: SlaMetric;
}

/** A warning or the breach of one clock, at a known instant: what a timer is scheduled for. */
export interface SlaMoment {
  metric: SlaMetric;
  kind: 'warning' | 'breach';
  /** 100 for the breach. */
  percent: number;
  at: number;
}

export type SlaClockPolicy = Pick<
  CompiledSlaPolicy,
  'id' | 'calendar' | 'targets' | 'warnings' | 'pauseStatuses'
> &
  Partial<Pick<CompiledSlaPolicy, 'businessDays'>>;

/** A target in ms of working time; "N business days" is the working time up to the same point N working days on. */
function targetOf(policy: SlaClockPolicy, metric: SlaMetric, startedAt: number): number | undefined {
  const days = policy.businessDays?.[metric];
  if (days === undefined) {
    return policy.targets[metric];
  }
  const { calendar } = policy;
  return calendar.businessTimeBetween(startedAt, calendar.addWorkingDays(startedAt, days));
}

/** Where each clock starts and what stopped it, if anything. */
function spanOf(
  metric: SlaMetric,
  timeline: ReturnType<typeof readSlaTimeline>,
): { startedAt: number; stoppedAt: number | null } | null {
  const { openedAt, doneSince } = timeline;
  const stopByDone = (startedAt: number) => (doneSince === null ? null : Math.max(doneSince, startedAt));
  if (metric === 'first_response') {
    const reply = timeline.humanReplies.find((at) => at >= openedAt);
    return { startedAt: openedAt, stoppedAt: reply ?? stopByDone(openedAt) };
  }
  if (metric === 'resolution') {
    return { startedAt: openedAt, stoppedAt: stopByDone(openedAt) };
  }
  if (metric === 'next_response') {
    const cycle = timeline.responseCycles.at(-1);
    return cycle === undefined
      ? null
      : { startedAt: cycle.startedAt, stoppedAt: cycle.answeredAt ?? stopByDone(cycle.startedAt) };
  }
  const startedAt = Math.max(openedAt, timeline.humanReplies.at(-1) ?? openedAt);
  return { startedAt, stoppedAt: stopByDone(startedAt) };
}

/**
 * Computes every clock the policy has a target for, from the timeline alone (facts after `now` are ignored):
 * - first_response: from opening to the first public human reply;
 * - next_response: the latest customer message awaiting a reply (after the first response) to the next reply;
 * - resolution: from opening until the escalation is done;
 * - periodic_update: from the latest public human reply (or opening), a cadence that restarts at each reply.
 * Pausing statuses halt every clock, which resumes where it was; a done status stops them (met or breached),
 * and reopening resumes them. Nothing is stored, so a changed policy or calendar is applied by recomputing.
 * A clock that has not started (no customer message awaiting a reply) is left out.
 */
export function computeSlaClocks(policy: SlaClockPolicy, facts: readonly SlaFact[], now: number): SlaClock[] {
  const timeline = readSlaTimeline(facts, policy.pauseStatuses, now);
  const clocks: SlaClock[] = [];
  for (const metric of slaMetrics) {
    const span = spanOf(metric, timeline);
    const targetMs = span === null ? undefined : targetOf(policy, metric, span.startedAt);
    if (targetMs === undefined || span === null) {
      continue;
    }
    const reading = measureClock({
      calendar: policy.calendar,
      targetMs,
      warnings: policy.warnings,
      ...span,
      halts: timeline.halts,
      now,
    });
    clocks.push({ metric, ...reading });
  }
  return clocks;
}

/** Every warning and breach instant the clocks know, past and future, in time order. */
export function slaMoments(clocks: readonly SlaClock[]): SlaMoment[] {
  const moments: SlaMoment[] = [];
  for (const clock of clocks) {
    for (const warning of clock.warnings) {
      if (warning.at !== null) {
        moments.push({ metric: clock.metric, kind: 'warning', percent: warning.percent, at: warning.at });
      }
    }
    if (clock.dueAt !== null) {
      moments.push({ metric: clock.metric, kind: 'breach', percent: 100, at: clock.dueAt });
    }
  }
  return moments.sort((x, y) => x.at - y.at);
}
