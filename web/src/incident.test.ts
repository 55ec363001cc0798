// The incident page's rules: the phases offered are the API's, in order; a phase has its words; the hand-over note is
// asked for after a period ends and no longer once it is written.
import { describe, expect, it } from 'vitest';
import { ChangeIncidentPhaseInput } from '../../src/services/incidents/inputs';
import type { IncidentEvent } from './api';
import { handoverAsked, movablePhases, nextPhase, phaseName } from './incident';

let nextId = 0;
const event = (type: string, data: Record<string, unknown> = {}): IncidentEvent => ({
  id: (nextId += 1),
  incidentId: 'inc_1',
  type,
  actor: 'handoff',
  at: '2026-11-23T20:00:00.000Z',
  data,
});

describe('the phases of an incident', () => {
  it('offers exactly the phases the API accepts, in their order', () => {
    expect([...movablePhases]).toEqual(ChangeIncidentPhaseInput.shape.phase.options);
  });

  it('proposes the next phase, and none after the last or for a resolved incident', () => {
    expect(nextPhase('detected')).toBe('investigating');
    expect(nextPhase('identified')).toBe('monitoring');
    expect(nextPhase('monitoring')).toBeNull();
    expect(nextPhase('resolved')).toBeNull();
    expect(nextPhase('unheard-of')).toBeNull();
  });

  it('names every phase in both languages, and leaves an unknown one as the API wrote it', () => {
    for (const phase of [...movablePhases, 'resolved']) {
      expect(phaseName(phase, 'en')).toBe(phase);
      expect(phaseName(phase, 'tr')).not.toBe(phase);
    }
    expect(phaseName('investigating', 'tr')).toBe('inceleniyor');
    expect(phaseName('unheard-of', 'tr')).toBe('unheard-of');
  });
});

describe('the hand-over note', () => {
  const opened = event('opened');
  const ended1 = event('period_ended', {
    period: 1,
    outgoing: 'ana',
    incoming: 'ben',
    noteDueAt: '2026-11-23T20:30:00.000Z',
  });

  it('is not asked for before a period ends', () => {
    expect(handoverAsked([opened])).toBeNull();
  });

  it('is asked of the outgoing owner when a period ends, until it is written', () => {
    expect(handoverAsked([opened, ended1, event('owner_changed')])).toEqual({
      period: 1,
      outgoing: 'ana',
      dueAt: '2026-11-23T20:30:00.000Z',
    });
    // Past its deadline the API records it as missed, and still takes it.
    expect(handoverAsked([opened, ended1, event('handover_note_missed', { period: 1 })])).toMatchObject({
      period: 1,
    });
    expect(handoverAsked([opened, ended1, event('handover_noted', { period: 1, note: 'x' })])).toBeNull();
  });

  it('is about the last period that ended: a note of an earlier one does not answer it', () => {
    const ended2 = event('period_ended', { period: 2, outgoing: 'ben', incoming: 'ana', noteDueAt: null });
    const noted1 = event('handover_noted', { period: 1, note: 'x' });
    expect(handoverAsked([opened, ended1, noted1, ended2])).toEqual({
      period: 2,
      outgoing: 'ben',
      dueAt: null,
    });
    // Whatever order the timeline comes in.
    expect(handoverAsked([ended2, noted1, ended1, opened])).toMatchObject({ period: 2 });
  });

  it('has nobody to ask when the period had no owner, and ignores an event without a period', () => {
    expect(handoverAsked([event('period_ended', { period: 3, outgoing: null })])).toEqual({
      period: 3,
      outgoing: null,
      dueAt: null,
    });
    expect(handoverAsked([event('period_ended', {})])).toBeNull();
  });
});
