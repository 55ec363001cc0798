// The queues' rules: what each asks the API for, which escalations belong, sorting, and live changes folded in.
import { describe, expect, it } from 'vitest';
import type { Escalation, EscalationDetail, Session } from './api';
import { belongs, newerOf, queryOf, sortRows, upsert } from './queue';

const session: Session = {
  name: 'ana',
  kind: 'human',
  personId: 'ana',
  myTeams: ['desk'],
  teams: ['desk', 'billing'],
  tiers: ['L1', 'L2'],
  statuses: [
    { id: 'new', category: 'open' },
    { id: 'in_progress', category: 'open' },
    { id: 'pending_approval', category: 'paused' },
    { id: 'resolved', category: 'done' },
  ],
  triggers: ['human', 'invoice'],
  locales: ['en', 'tr'],
  playbookVersion: 1,
};

const escalation = (id: string, changes: Partial<Escalation> = {}): Escalation => ({
  id,
  caseId: `case-${id}`,
  status: 'new',
  priority: 'normal',
  team: 'desk',
  tier: 'L1',
  assignee: null,
  version: 1,
  openedAt: `2026-11-18T12:00:0${id}.000Z`,
  updatedAt: `2026-11-18T12:00:0${id}.000Z`,
  claimedAt: null,
  firstResponseAt: null,
  resolvedAt: null,
  outcome: null,
  reasonCategory: null,
  ...changes,
});

describe('queues', () => {
  it('asks the API for what each queue holds', () => {
    expect(Object.fromEntries(queryOf('mine', session, {}))).toEqual({
      limit: '100',
      assignee: 'ana',
      status: 'new,in_progress,pending_approval',
    });
    expect(queryOf('teams', session, {}).get('team')).toBe('desk');
    expect(queryOf('approval', session, {}).get('status')).toBe('pending_approval');
    expect(
      queryOf('all', session, { priority: 'high', openedAfter: '2026-11-18T00:00:00.000Z' }).toString(),
    ).toBe('limit=100&priority=high&opened_after=2026-11-18T00%3A00%3A00.000Z');
  });

  it('decides membership as the escalation changes', () => {
    const fresh = escalation('1');
    expect(belongs('unassigned', session, {}, fresh)).toBe(true);
    expect(belongs('mine', session, {}, fresh)).toBe(false);
    const claimed = { ...fresh, assignee: 'ana', status: 'in_progress', version: 2 };
    expect(belongs('unassigned', session, {}, claimed)).toBe(false);
    expect(belongs('mine', session, {}, claimed)).toBe(true);
    expect(belongs('mine', session, {}, { ...claimed, status: 'resolved' })).toBe(false);
    expect(belongs('teams', session, {}, { ...fresh, team: 'billing' })).toBe(false);
    expect(belongs('all', session, { text: 'CASE-1' }, fresh)).toBe(true);
    expect(belongs('all', session, { tier: 'L2' }, fresh)).toBe(false);
  });

  it('asks for the trigger and locale filters, and applies them to live changes that carry a context', () => {
    const query = queryOf('all', session, { trigger: 'invoice', locale: 'tr' });
    expect(query.get('trigger')).toBe('invoice');
    expect(query.get('locale')).toBe('tr');
    const fresh = escalation('1');
    // A listed row was matched by the server.
    expect(belongs('all', session, { trigger: 'invoice', locale: 'tr' }, fresh)).toBe(true);
    const detail = (locale: string | undefined, trigger: string) =>
      ({
        ...fresh,
        context: {
          case: locale === undefined ? {} : { locale },
          reasons: [{ trigger, kind: 'keyword', detail: '' }],
          explicitReason: null,
          approval: null,
        },
      }) as unknown as EscalationDetail;
    expect(belongs('all', session, { trigger: 'invoice' }, detail('tr', 'invoice'))).toBe(true);
    expect(belongs('all', session, { trigger: 'invoice' }, detail('tr', 'human'))).toBe(false);
    expect(belongs('all', session, { locale: 'tr' }, detail('tr-TR', 'human'))).toBe(true);
    expect(belongs('all', session, { locale: 'TR' }, detail('tr', 'human'))).toBe(true);
    expect(belongs('all', session, { locale: 'tr' }, detail('trk', 'human'))).toBe(false);
    expect(belongs('all', session, { locale: 'tr' }, detail(undefined, 'human'))).toBe(false);
    expect(belongs('all', session, { locale: '' }, detail(undefined, 'human'))).toBe(true);
  });

  it('sorts by opening, priority and last change', () => {
    const rows = [
      escalation('1', { priority: 'low' }),
      escalation('2', { priority: 'urgent', updatedAt: '2026-11-18T13:00:00.000Z' }),
      escalation('3'),
    ];
    expect(sortRows(rows, 'newest').map((row) => row.id)).toEqual(['3', '2', '1']);
    expect(sortRows(rows, 'oldest').map((row) => row.id)).toEqual(['1', '2', '3']);
    expect(sortRows(rows, 'priority').map((row) => row.id)).toEqual(['2', '3', '1']);
    expect(sortRows(rows, 'updated').map((row) => row.id)[0]).toBe('2');
  });

  it('adds, replaces and drops rows on live changes; an older version never wins', () => {
    const one = escalation('1');
    let rows = upsert([], one, true);
    expect(rows).toEqual([one]);
    rows = upsert(rows, { ...one, version: 3, status: 'in_progress' }, true);
    expect(rows[0]?.status).toBe('in_progress');
    expect(upsert(rows, { ...one, version: 2 }, true)[0]?.version).toBe(3);
    expect(upsert(rows, { ...one, version: 4 }, false)).toEqual([]);
    expect(upsert(rows, escalation('2'), false)).toEqual(rows);
  });
});

describe('the escalation shown', () => {
  it('keeps the newer version when an older answer arrives late, and takes another escalation as it comes', () => {
    const newer = escalation('a', { version: 3, status: 'in_progress' });
    const older = escalation('a', { version: 2 });
    expect(newerOf(newer, older)).toBe(newer);
    expect(newerOf(older, newer)).toBe(newer);
    expect(newerOf(null, older)).toBe(older);
    const other = escalation('b', { version: 1 });
    expect(newerOf(newer, other)).toBe(other);
  });
});
