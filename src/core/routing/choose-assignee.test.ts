import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type Candidate, chooseAssignee } from './choose-assignee.js';
import { isWithinHours } from './working-hours.js';

const MONDAY_NOON_UTC = Date.parse('2026-11-23T12:00:00Z');

const person = (id: string, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  teams: ['support'],
  skills: [],
  tier: undefined,
  capacity: 5,
  timezone: 'UTC',
  hours: undefined,
  available: true,
  openCount: 0,
  ...extra,
});

const request = (candidates: Candidate[], extra: Partial<Parameters<typeof chooseAssignee>[0]> = {}) => ({
  strategy: 'least_loaded' as const,
  team: 'support',
  tier: null,
  skills: [],
  candidates,
  lastAssigned: null,
  now: MONDAY_NOON_UTC,
  ...extra,
});

describe('chooseAssignee', () => {
  it('round robin takes the next person after the last one, wrapping around', () => {
    const people = [person('a'), person('b'), person('c')];
    const pick = (lastAssigned: string | null) =>
      chooseAssignee(request(people, { strategy: 'round_robin', lastAssigned })).personId;
    expect(pick(null)).toBe('a');
    expect(pick('a')).toBe('b');
    expect(pick('c')).toBe('a');
  });

  it('round robin skips people who are away', () => {
    const people = [person('a'), person('b', { available: false }), person('c')];
    expect(chooseAssignee(request(people, { strategy: 'round_robin', lastAssigned: 'a' })).personId).toBe(
      'c',
    );
  });

  it('least loaded weighs open escalations against capacity', () => {
    const people = [person('a', { openCount: 2, capacity: 4 }), person('b', { openCount: 3, capacity: 10 })];
    expect(chooseAssignee(request(people)).personId).toBe('b');
  });

  it('skills takes the best match, then the least loaded', () => {
    const people = [
      person('a', { skills: ['billing'] }),
      person('b', { skills: ['billing', 'tr'], openCount: 3 }),
      person('c', { skills: ['billing', 'tr'], openCount: 1 }),
    ];
    const choice = chooseAssignee(request(people, { strategy: 'skills', skills: ['billing', 'tr'] }));
    expect(choice.personId).toBe('c');
  });

  it('never picks someone at capacity, outside the team, at another tier or off work', () => {
    const people = [
      person('full', { openCount: 5 }),
      person('other', { teams: ['billing'] }),
      person('l2', { tier: 'L2' }),
      person('asleep', { timezone: 'America/New_York', hours: { mon: ['09:00-17:00'] } }),
    ];
    const choice = chooseAssignee(request(people, { tier: 'L1' }));
    expect(choice.personId).toBeNull();
    expect(choice.why).toContain('nobody');
  });

  it('a person takes work at their tier or a lower one, unless the team matches tiers exactly', () => {
    const tierOrder = ['L1', 'L2', 'L3'];
    const people = [person('l2', { tier: 'L2' }), person('l3', { tier: 'L3', openCount: 1 })];
    expect(chooseAssignee(request(people, { tier: 'L1', tierOrder })).personId).toBe('l2');
    expect(chooseAssignee(request(people, { tier: 'L3', tierOrder })).personId).toBe('l3');
    const exact = chooseAssignee(request(people, { tier: 'L1', tierOrder, tierMatch: 'exact' }));
    expect(exact).toEqual({ personId: null, why: 'nobody in team support works at tier L1' });
    const above = chooseAssignee(request([person('l1', { tier: 'L1' })], { tier: 'L2', tierOrder }));
    expect(above).toEqual({ personId: null, why: 'nobody in team support works at tier L2 or above' });
  });

  it('manual assignment leaves the escalation with the team', () => {
    expect(chooseAssignee(request([person('a')], { strategy: 'manual' })).personId).toBeNull();
  });
});

describe('isWithinHours', () => {
  it('reads hours in the person’s own time zone', () => {
    // 12:00 UTC on Monday is 15:00 in Istanbul and 07:00 in New York.
    expect(isWithinHours({ mon: ['09:00-17:00'] }, 'Europe/Istanbul', MONDAY_NOON_UTC)).toBe(true);
    expect(isWithinHours({ mon: ['09:00-17:00'] }, 'America/New_York', MONDAY_NOON_UTC)).toBe(false);
  });

  it('supports split shifts and overnight shifts', () => {
    const split = { mon: ['08:00-11:00', '13:00-17:00'] };
    expect(isWithinHours(split, 'UTC', MONDAY_NOON_UTC)).toBe(false);
    expect(isWithinHours(split, 'UTC', MONDAY_NOON_UTC + 2 * 3_600_000)).toBe(true);
    const overnight = { sun: ['22:00-06:00'] };
    expect(isWithinHours(overnight, 'UTC', Date.parse('2026-11-23T05:59:00Z'))).toBe(true);
    expect(isWithinHours(overnight, 'UTC', Date.parse('2026-11-23T06:00:00Z'))).toBe(false);
  });

  it('no hours means always at work; an unknown zone never is', () => {
    expect(isWithinHours(undefined, undefined, MONDAY_NOON_UTC)).toBe(true);
    expect(isWithinHours({ mon: ['00:00-24:00'] }, 'Not/AZone', MONDAY_NOON_UTC)).toBe(false);
  });

  it('agrees with the wall clock the zone database gives, in any zone, at any instant', () => {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(
          'America/New_York',
          'Europe/Berlin',
          'Europe/Istanbul',
          'Australia/Lord_Howe',
          'Asia/Kathmandu',
        ),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...days),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 23 }),
        (zone, now, day, startHour, length) => {
          const endHour = (startHour + length) % 24;
          const range = `${String(startHour).padStart(2, '0')}:00-${String(endHour).padStart(2, '0')}:00`;
          const local = DateTime.fromMillis(now, { zone });
          const minute = local.hour * 60 + local.minute;
          const [from, to] = [startHour * 60, endHour * 60];
          const today = days[local.weekday - 1];
          const yesterday = days[(local.weekday + 5) % 7];
          const expected =
            (day === today && (to > from ? minute >= from && minute < to : minute >= from)) ||
            (day === yesterday && to <= from && minute < to);
          expect(isWithinHours({ [day]: [range] }, zone, now)).toBe(expected);
        },
      ),
    );
  });
});
