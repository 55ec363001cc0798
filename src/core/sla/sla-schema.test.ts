import { describe, expect, it } from 'vitest';
import { Calendar, SlaPolicy, SlaSection } from '../playbook/sla-schema.js';

const support = {
  id: 'support-hours',
  timezone: 'Europe/Istanbul',
  hours: { mon: ['09:00-12:00', '13:00-18:00'], sat: ['22:00-06:00'] },
  holidays: ['2026-10-29', '2026-12-24..2026-12-26'],
};

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('SLA section schema', () => {
  it('accepts split shifts, overnight shifts, holiday dates and ranges', () => {
    expect(Calendar.safeParse(support).success).toBe(true);
  });

  it('fills in default warnings; pause statuses stay unset, so the defaults need no such status in the workflow', () => {
    const policy = SlaPolicy.parse({ id: 'urgent', when: { priority: ['urgent'] }, first_response: '30m' });
    expect(policy.warnings).toEqual([50, 75, 90]);
    expect(policy.pause_statuses).toBeUndefined();
  });

  it('refuses a time zone that is not IANA', () => {
    expect(messages(Calendar.safeParse({ ...support, timezone: 'Europe/Atlantis' }))).toEqual([
      'an IANA time zone such as "Europe/Istanbul"',
    ]);
  });

  it('refuses impossible dates, reversed ranges and ranges over a year', () => {
    for (const holiday of ['2026-02-30', '2026-12-26..2026-12-24', '2026-01-01..2027-06-01', '25.12.2026']) {
      expect(Calendar.safeParse({ ...support, holidays: [holiday] }).success, holiday).toBe(false);
    }
  });

  it('refuses hours that are not ranges, or start and end together', () => {
    for (const range of ['9-17', '09:00-24:30', '25:00-26:00', '09:00-09:00']) {
      expect(Calendar.safeParse({ ...support, hours: { mon: [range] } }).success, range).toBe(false);
    }
    expect(Calendar.safeParse({ ...support, hours: { mon: ['00:00-24:00'] } }).success).toBe(true);
  });

  it('refuses durations that are not durations, zero, or over a year', () => {
    for (const resolution of ['soon', '0m', '400d', '-1h']) {
      expect(SlaPolicy.safeParse({ id: 'p', resolution }).success, resolution).toBe(false);
    }
  });

  it('refuses warnings at 0 % or 100 %: the breach is the 100 % mark', () => {
    expect(SlaPolicy.safeParse({ id: 'p', resolution: '1d', warnings: [0] }).success).toBe(false);
    expect(SlaPolicy.safeParse({ id: 'p', resolution: '1d', warnings: [100] }).success).toBe(false);
  });

  it('refuses unknown keys', () => {
    expect(SlaPolicy.safeParse({ id: 'p', resolution: '1d', respond_within: '1h' }).success).toBe(false);
  });

  it('points at an unknown calendar, a duplicate id, a policy without target and a week without hours', () => {
    const result = SlaSection.safeParse({
      calendars: [support, { ...support, id: 'empty', hours: { mon: [] } }, support],
      policies: [
        { id: 'a', calendar: 'nowhere', resolution: '1d' },
        { id: 'a', when: { team: ['billing'] } },
      ],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['calendars.1.hours', 'a calendar needs working hours on at least one day'],
      ['calendars.2.id', 'duplicate id "support-hours"'],
      ['policies.0.calendar', '"nowhere" is not a calendar (support-hours, empty)'],
      ['policies.1.id', 'duplicate id "a"'],
      [
        'policies.1',
        'a policy needs at least one target (first_response, next_response, resolution, periodic_update)',
      ],
    ]);
  });

  it('a section may leave out calendars: every policy then runs on calendar time', () => {
    expect(SlaSection.parse({ policies: [{ id: 'all', resolution: '3d' }] }).calendars).toEqual([]);
  });
});
