import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkOnCallReferences, Ladder, OnCallSection, Rotation } from './oncall-schema.js';

const sectionYaml = `
rotations:
  - id: billing-primary
    team: billing
    people: [ayse, mehmet, john]
    period: weekly
    handover: 09:00
    handover_day: mon
    timezone: Europe/Istanbul
    start: 2026-01-05
    overrides:
      - { person: john, from: 2026-12-24T18:00, to: 2026-12-27T09:00 }
      - { person: ayse, from: "2026-12-31T21:00:00Z", to: "2027-01-01T06:00:00Z", reason: swap }
ladders:
  - team: billing
    start_on: [created, sla_breached]
    repeat: 2
    repeat_after: 30m
    levels:
      - notify: [rotation:billing-primary]
      - notify: [person:ayse, team:billing]
        delay: 15m
      - notify: [tier:next]
        delay: 1h
`;

const issuesOf = (result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) => (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

const rotation = (extra: Record<string, unknown>) => ({
  id: 'r',
  team: 't',
  people: ['a'],
  period: 'daily',
  timezone: 'Europe/Berlin',
  start: '2026-01-05',
  ...extra,
});

describe('OnCallSection', () => {
  it('reads the YAML as written, unquoted times and dates included, and fills the defaults', () => {
    const section = OnCallSection.parse(parse(sectionYaml));
    expect(section.rotations[0]?.handover).toBe('09:00');
    expect(section.rotations[0]?.start).toBe('2026-01-05');
    expect(section.ladders[0]?.levels[0]?.delay).toBe('0m');
    expect(
      OnCallSection.parse({ ladders: [{ team: 'x', levels: [{ notify: ['person:a'] }] }] }).ladders[0],
    ).toEqual({
      team: 'x',
      levels: [{ notify: ['person:a'], delay: '0m' }],
      repeat: 0,
      start_on: ['created'],
    });
  });

  it('rejects duplicate rotation ids and ladders naming a rotation that does not exist', () => {
    const result = OnCallSection.safeParse({
      rotations: [rotation({ id: 'r' }), rotation({ id: 'r' })],
      ladders: [{ team: 't', levels: [{ notify: ['rotation:nope'] }] }],
    });
    expect(issuesOf(result)).toEqual([
      { path: 'rotations.1.id', message: 'duplicate id "r" (also rotations[0])' },
      { path: 'ladders.0.levels.0.notify.0', message: '"rotation:nope" names no rotation (r)' },
    ]);
  });

  it('rejects two ladders of one team starting on the same event', () => {
    const ladder = { team: 't', levels: [{ notify: ['person:a'] }] };
    const result = OnCallSection.safeParse({
      ladders: [ladder, { ...ladder, start_on: ['sla_breached', 'created'] }],
    });
    expect(issuesOf(result)).toEqual([
      {
        path: 'ladders.1.start_on',
        message: 'team "t" already has a ladder starting on created (ladders[0])',
      },
    ]);
  });

  it('reports teams and people that the rest of the playbook does not define', () => {
    const section = OnCallSection.parse(parse(sectionYaml));
    const problems = checkOnCallReferences(section, {
      teams: new Set(['billing']),
      people: new Set(['ayse', 'mehmet']),
    });
    expect(problems.map((problem) => [problem.path.join('.'), problem.message])).toEqual([
      ['oncall.rotations.0.people.2', '"john" is not a person (ayse, mehmet)'],
      ['oncall.rotations.0.overrides.0.person', '"john" is not a person (ayse, mehmet)'],
    ]);
  });
});

describe('Rotation', () => {
  it('rejects a time zone that is not IANA', () => {
    expect(issuesOf(Rotation.safeParse(rotation({ timezone: 'Mars/Olympus' })))).toEqual([
      { path: 'timezone', message: 'an IANA time zone such as "Europe/Istanbul"' },
    ]);
  });

  it('rejects a start date that does not exist and a hand-over time past 23:59', () => {
    expect(
      issuesOf(Rotation.safeParse(rotation({ start: '2026-02-30', handover: '24:00' }))).map((i) => i.path),
    ).toEqual(['handover', 'start']);
  });

  it('a weekly rotation must start on its hand-over day; a daily one has none', () => {
    expect(
      issuesOf(Rotation.safeParse(rotation({ period: 'weekly', start: '2026-01-07', handover_day: 'mon' }))),
    ).toEqual([
      { path: 'start', message: '2026-01-07 is a wed; a weekly rotation starts on its hand-over day (mon)' },
    ]);
    expect(issuesOf(Rotation.safeParse(rotation({ handover_day: 'mon' })))).toEqual([
      { path: 'handover_day', message: 'only a weekly rotation has a hand-over day' },
    ]);
  });

  it("an override must end after it starts, comparing local wall times in the rotation's zone", () => {
    // 18:00 in Berlin is 17:00Z: before 17:30Z, after 16:30Z.
    const forwards = Rotation.safeParse(
      rotation({ overrides: [{ person: 'a', from: '2026-12-24T18:00', to: '2026-12-24T17:30:00Z' }] }),
    );
    expect(issuesOf(forwards)).toEqual([]);
    const backwards = Rotation.safeParse(
      rotation({ overrides: [{ person: 'a', from: '2026-12-24T18:00', to: '2026-12-24T16:30:00Z' }] }),
    );
    expect(issuesOf(backwards)).toEqual([{ path: 'overrides.0.to', message: 'must be after "from"' }]);
  });

  it('rejects override times that are neither instants nor local wall times', () => {
    const result = Rotation.safeParse(
      rotation({ overrides: [{ person: 'a', from: 'tomorrow', to: '2026-13-01T00:00' }] }),
    );
    expect(issuesOf(result).map((issue) => issue.path)).toEqual(['overrides.0.from', 'overrides.0.to']);
  });
});

describe('Ladder', () => {
  it('accepts the four kinds of target and nothing else', () => {
    const ladder = (notify: string[]) => Ladder.safeParse({ team: 't', levels: [{ notify }] });
    expect(ladder(['person:a', 'rotation:r', 'team:t', 'tier:next']).success).toBe(true);
    expect(issuesOf(ladder(['tier:L2', 'a', 'group:x'])).map((issue) => issue.path)).toEqual([
      'levels.0.notify.0',
      'levels.0.notify.1',
      'levels.0.notify.2',
    ]);
  });

  it('a repeating ladder needs a pause between rounds, or it would fire its last and first level at once', () => {
    expect(issuesOf(Ladder.safeParse({ team: 't', repeat: 1, levels: [{ notify: ['person:a'] }] }))).toEqual([
      {
        path: 'repeat_after',
        message:
          'a repeating ladder needs a pause before it climbs again: set repeat_after, or a delay on the first level',
      },
    ]);
    expect(
      Ladder.safeParse({ team: 't', repeat: 1, levels: [{ notify: ['person:a'], delay: '5m' }] }).success,
    ).toBe(true);
  });

  it('start_on takes escalation event names only', () => {
    const result = Ladder.safeParse({
      team: 't',
      start_on: ['sla_breach'],
      levels: [{ notify: ['person:a'] }],
    });
    expect(issuesOf(result).map((issue) => issue.path)).toEqual(['start_on.0']);
  });
});
