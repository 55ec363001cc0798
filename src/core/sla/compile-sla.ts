// Compiles the playbook's SLA section once: each calendar into business-time arithmetic, each policy into
// its condition, targets in ms, warnings and pause statuses.
import { parseDuration } from '../time/duration.js';
import { HandoffError } from '../../errors.js';
import {
  businessDaysOf,
  defaultPauseStatuses,
  type SlaMetric,
  slaMetrics,
  type SlaSection,
} from '../playbook/sla-schema.js';
import { type BusinessCalendar, calendarTime, compileCalendar } from './business-calendar.js';
import { choosePolicy, compileSlaMatch, type SlaPolicyFacts, type SlaPredicate } from './choose-policy.js';

/** An SLA policy ready to run clocks: nothing left to parse. */
export interface CompiledSlaPolicy {
  id: string;
  /** The policy's business calendar, or calendar time (24/7). */
  calendar: BusinessCalendar;
  /** Target per metric, in ms of working time; a metric without a target has no clock. */
  targets: Readonly<Partial<Record<SlaMetric, number>>>;
  /** Targets given as "N business days": working days of the calendar, so their length in ms depends on the start. */
  businessDays: Readonly<Partial<Record<SlaMetric, number>>>;
  /** Warning percentages, ascending, without repeats. */
  warnings: readonly number[];
  pauseStatuses: ReadonlySet<string>;
  matches: SlaPredicate;
}

export interface CompiledSla {
  calendars: ReadonlyMap<string, BusinessCalendar>;
  /** In playbook order. */
  policies: readonly CompiledSlaPolicy[];
  /** The first policy whose `when` matches, or null. */
  choosePolicy(facts: SlaPolicyFacts): CompiledSlaPolicy | null;
}

/** Compiles the section; throws `invalid_playbook` for a calendar without working time or an unknown calendar. */
export function compileSla(section: SlaSection): CompiledSla {
  const calendars = new Map(section.calendars.map((calendar) => [calendar.id, compileCalendar(calendar)]));
  const policies = section.policies.map((policy): CompiledSlaPolicy => {
    let calendar = calendarTime;
    if (policy.calendar !== undefined) {
      const named = calendars.get(policy.calendar);
      if (named === undefined) {
        throw new HandoffError('invalid_playbook', `SLA policy "${policy.id}" names an unknown calendar`, {
          path: `sla.policies.${policy.id}.calendar`,
        });
      }
      calendar = named;
    }
    const targets: Partial<Record<SlaMetric, number>> = {};
    const businessDays: Partial<Record<SlaMetric, number>> = {};
    for (const metric of slaMetrics) {
      const text = policy[metric];
      const days = text === undefined ? undefined : businessDaysOf(text);
      if (days !== undefined) {
        businessDays[metric] = days;
      } else if (text !== undefined) {
        targets[metric] = Math.round(parseDuration(text));
      }
    }
    return {
      id: policy.id,
      calendar,
      targets,
      businessDays,
      warnings: [...new Set(policy.warnings)].sort((x, y) => x - y),
      pauseStatuses: new Set(policy.pause_statuses ?? defaultPauseStatuses),
      matches: compileSlaMatch(policy.when),
    };
  });
  return { calendars, policies, choosePolicy: (facts) => choosePolicy(policies, facts) };
}
