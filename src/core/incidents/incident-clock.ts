// When an incident's timers are due: the end of an operational period, the hand-over note, and the status-update
// cadence (a reminder before each update is due, and the due time itself). Pure: every instant is passed in.
import type { IncidentsSection, UpdateCadence } from '../playbook/incidents-schema.js';
import { parseDuration } from '../time/duration.js';

/** The cadence of a severity in milliseconds, or null when the playbook sets none for it. */
export interface CadenceMs {
  everyMs: number;
  remindBeforeMs: number | null;
}

export function cadenceOf(section: IncidentsSection | undefined, severity: string): CadenceMs | null {
  const cadence: UpdateCadence | undefined = section?.communications.cadence?.[severity];
  if (cadence === undefined) {
    return null;
  }
  const remind = cadence.remind_before === undefined ? null : parseDuration(cadence.remind_before);
  return { everyMs: parseDuration(cadence.every), remindBeforeMs: remind };
}

/** The moments of one status update: the reminder (null when none, or when it would come before `now`) and the due time. */
export interface UpdateMoments {
  remindAt: number | null;
  dueAt: number;
}

/**
 * The next update after one posted at `lastUpdateAt`. A raised severity may shorten the cadence so far that the
 * update is already late: it is then due at once (`now`), with no reminder.
 */
export function planNextUpdate(cadence: CadenceMs, lastUpdateAt: number, now: number): UpdateMoments {
  const dueAt = Math.max(lastUpdateAt + cadence.everyMs, now);
  const remindAt = cadence.remindBeforeMs === null ? null : dueAt - cadence.remindBeforeMs;
  return { remindAt: remindAt !== null && remindAt > now ? remindAt : null, dueAt };
}

/** After an update was missed at `missedAt` the clock runs on: the next one is due a full interval later. */
export function planAfterMiss(cadence: CadenceMs, missedAt: number): UpdateMoments {
  return planNextUpdate(cadence, missedAt, missedAt);
}

/** The operational periods in milliseconds, or null when the playbook works incidents in no periods. */
export interface PeriodsMs {
  lengthMs: number;
  noteWithinMs: number;
  rotation: string;
  role: string | null;
}

export function periodsOf(section: IncidentsSection | undefined): PeriodsMs | null {
  const periods = section?.periods;
  if (periods === undefined) {
    return null;
  }
  return {
    lengthMs: parseDuration(periods.length),
    noteWithinMs: parseDuration(periods.handover_note_within),
    rotation: periods.rotation,
    role: periods.role ?? section?.roles[0]?.id ?? null,
  };
}

/**
 * When the period that started at `startedAt` ends. Periods are laid end to end from the first one's start, so a
 * late worker never lets the shifts drift: the next period starts at this end, not when the timer fired.
 */
export function periodEnd(periods: PeriodsMs, startedAt: number): number {
  return startedAt + periods.lengthMs;
}

/** When the outgoing owner's hand-over note is due, for a period that ended at `endedAt`. */
export function handoverNoteDue(periods: PeriodsMs, endedAt: number): number {
  return endedAt + periods.noteWithinMs;
}
