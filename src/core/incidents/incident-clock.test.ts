import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { IncidentsSection } from '../playbook/incidents-schema.js';
import { chooseSeverity, defaultSeverity, isMoreSevere } from './choose-severity.js';
import { fillRoles } from './fill-roles.js';
import {
  cadenceOf,
  handoverNoteDue,
  periodEnd,
  periodsOf,
  planAfterMiss,
  planNextUpdate,
} from './incident-clock.js';
import { fillPlaceholders, phaseMessage } from './incident-message.js';
import { incidentMetrics } from './incident-metrics.js';

const section = IncidentsSection.parse(
  parse(`
severities:
  - { id: sev1, name: Critical, critical: true, when: { priorities: [urgent], escalations: 10, within: 15m } }
  - { id: sev2, name: Major, when: { triggers: [outage] } }
  - { id: sev3, name: Minor }
default_severity: sev3
roles:
  - { id: commander, name: Commander, filled_by: ['rotation:ops', 'lead:ops', 'person:ann'] }
  - { id: communications, name: Comms, filled_by: ['person:ghost'] }
periods: { length: 8h, rotation: ops, handover_note_within: 20m }
communications:
  cadence:
    sev1: { every: 30m, remind_before: 5m }
    sev2: { every: 1h }
  messages:
    detected: { en: "{{title}} is {{phase}}", tr: "{{title}} {{phase}} aşamasında" }
`),
);

const t0 = Date.UTC(2026, 10, 23, 8, 0, 0);

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) {
    throw new Error('expected a value');
  }
  return value;
}
const minute = 60_000;

describe('the update cadence', () => {
  const sev1 = must(cadenceOf(section, 'sev1'));

  it('is due a full interval after the last update, reminded before; no cadence for a severity without one', () => {
    expect(sev1).toEqual({ everyMs: 30 * minute, remindBeforeMs: 5 * minute });
    expect(planNextUpdate(sev1, t0, t0)).toEqual({ remindAt: t0 + 25 * minute, dueAt: t0 + 30 * minute });
    expect(cadenceOf(section, 'sev3')).toBeNull();
    expect(planNextUpdate(must(cadenceOf(section, 'sev2')), t0, t0)).toEqual({
      remindAt: null,
      dueAt: t0 + 60 * minute,
    });
  });

  it('is due at once, unreminded, when a shorter cadence makes the update late already', () => {
    expect(planNextUpdate(sev1, t0, t0 + 50 * minute)).toEqual({ remindAt: null, dueAt: t0 + 50 * minute });
    expect(planNextUpdate(sev1, t0, t0 + 27 * minute)).toEqual({ remindAt: null, dueAt: t0 + 30 * minute });
  });

  it('runs on after a miss: the next is due an interval after the missed one', () => {
    expect(planAfterMiss(sev1, t0 + 30 * minute)).toEqual({
      remindAt: t0 + 55 * minute,
      dueAt: t0 + 60 * minute,
    });
  });
});

describe('operational periods', () => {
  it('end a period length after they start, the note due within its window; the first role hands over', () => {
    const periods = must(periodsOf(section));
    expect(periods).toEqual({
      lengthMs: 8 * 60 * minute,
      noteWithinMs: 20 * minute,
      rotation: 'ops',
      role: 'commander',
    });
    expect(periodEnd(periods, t0)).toBe(t0 + 8 * 60 * minute);
    expect(handoverNoteDue(periods, t0 + 8 * 60 * minute)).toBe(t0 + 8 * 60 * minute + 20 * minute);
    expect(periodsOf(undefined)).toBeNull();
  });
});

describe('severity', () => {
  const facts = (priority: string | null, triggers: string[], count: number) => ({
    priority,
    triggers,
    count: () => count,
  });

  it('is the most severe whose every threshold holds', () => {
    expect(chooseSeverity(section, facts('urgent', [], 10))?.id).toBe('sev1');
    expect(chooseSeverity(section, facts('urgent', ['outage'], 9))?.id).toBe('sev2');
    expect(chooseSeverity(section, facts('normal', ['outage'], 50))?.id).toBe('sev2');
    expect(chooseSeverity(section, facts('urgent', [], 9))).toBeNull();
  });

  it('defaults to default_severity; order tells which is more severe', () => {
    expect(defaultSeverity(section).id).toBe('sev3');
    expect(isMoreSevere(section, 'sev1', 'sev2')).toBe(true);
    expect(isMoreSevere(section, 'sev3', 'sev2')).toBe(false);
  });
});

describe('roles', () => {
  it('take the first filler that names a known person: on call, else the lead, else a person', () => {
    const directory = (onCall: string | undefined, lead: string | undefined) => ({
      hasPerson: (id: string) => ['ann', 'bo', 'cy'].includes(id),
      leadOf: () => lead,
      onCallAt: (_: string, at: number) => (at === t0 ? onCall : undefined),
    });
    expect(fillRoles(section.roles, directory('bo', 'cy'), t0)).toEqual({
      commander: 'bo',
      communications: null,
    });
    expect(fillRoles(section.roles, directory(undefined, 'cy'), t0)).toEqual({
      commander: 'cy',
      communications: null,
    });
    expect(fillRoles(section.roles, directory('nobody', undefined), t0)).toEqual({
      commander: 'ann',
      communications: null,
    });
  });
});

describe('messages', () => {
  it('are filled in the contact language, English when the playbook has none in it; unknown values read "-"', () => {
    expect(phaseMessage(section, 'detected', 'tr', { title: 'API', phase: 'detected' })).toBe(
      'API detected aşamasında',
    );
    expect(
      phaseMessage(section, 'resolved', 'en', { title: 'API', severity: 'Critical', phase: 'resolved' }),
    ).toBe('API (Critical) is now resolved. -');
    expect(fillPlaceholders('{{ title }} / {{note}}', { title: 'X', note: null })).toBe('X / -');
  });
});

describe('metrics', () => {
  it('count opened, resolved, open and critical incidents and time to resolve, per severity in playbook order', () => {
    const report = incidentMetrics(
      [
        {
          id: 'a',
          severity: 'sev1',
          critical: true,
          openedAt: t0,
          resolvedAt: t0 + 60 * minute,
          missedUpdates: 2,
        },
        {
          id: 'b',
          severity: 'sev1',
          critical: true,
          openedAt: t0,
          resolvedAt: t0 + 120 * minute,
          missedUpdates: 0,
        },
        { id: 'c', severity: 'sev2', critical: false, openedAt: t0, resolvedAt: null, missedUpdates: 1 },
      ],
      { from: t0 - 1, to: t0 + 1 },
      ['sev1', 'sev2', 'sev3'],
    );
    expect(report).toMatchObject({ opened: 3, resolved: 2, open: 1, critical: 2, missedUpdates: 3 });
    expect(report.timeToResolve).toEqual({
      median: 60 * minute,
      p90: 120 * minute,
      mean: 90 * minute,
      count: 2,
    });
    expect(Object.keys(report.bySeverity)).toEqual(['sev1', 'sev2', 'sev3']);
    expect(report.bySeverity['sev3']?.opened).toBe(0);
  });
});
