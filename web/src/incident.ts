// The incident page's rules as pure functions: the phases a person may move an incident to, in order, the words for
// a phase, and whether the API is waiting for a hand-over note (a period ended and its note is not written yet).
import type { IncidentEvent } from './api';
import { dictionaries, type Key, type Lang, translate } from './i18n';

/** The phases `POST /v1/incidents/:id/phase` accepts, in the order an incident goes through them (resolving is apart). */
export const movablePhases = ['detected', 'investigating', 'identified', 'monitoring'] as const;

/** The phase after `current` in that order, or null when there is none (monitoring, resolved, unknown). */
export function nextPhase(current: string): string | null {
  const index = (movablePhases as readonly string[]).indexOf(current);
  return index === -1 ? null : (movablePhases[index + 1] ?? null);
}

/** A phase's name in `lang`; a phase the dashboard has no word for is shown as the API wrote it. */
export function phaseName(phase: string, lang: Lang): string {
  const key = `phase_${phase}`;
  return key in dictionaries.en ? translate(lang, key as Key) : phase;
}

export interface HandoverAsked {
  /** The period that ended, whose note is asked for. */
  period: number;
  /** Who owned the incident in that period (the API asks them). */
  outgoing: string | null;
  /** When the note is due (after that the API records it as missed; a note is still taken). */
  dueAt: string | null;
}

/** The hand-over note the API asks for: that of the last period that ended, unless it is written already. */
export function handoverAsked(timeline: readonly IncidentEvent[]): HandoverAsked | null {
  const ended = timeline
    .filter((event) => event.type === 'period_ended')
    .reduce<IncidentEvent | null>(
      (last, event) => (last === null || event.id > last.id ? event : last),
      null,
    );
  const period = ended === null ? NaN : Number(ended.data.period);
  if (ended === null || !Number.isInteger(period)) {
    return null;
  }
  const isWritten = timeline.some(
    (event) => event.type === 'handover_noted' && Number(event.data.period) === period,
  );
  if (isWritten) {
    return null;
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return { period, outgoing: text(ended.data.outgoing), dueAt: text(ended.data.noteDueAt) };
}
