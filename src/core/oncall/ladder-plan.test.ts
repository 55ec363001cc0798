import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ladder, Rotation } from '../playbook/oncall-schema.js';
import { compileLadder, type LadderResolver, resolveTargets } from './ladder-plan.js';
import { compileRotation } from './who-is-on-call.js';

const START = Date.parse('2026-03-02T08:50:00Z');
const MINUTE = 60_000;

const primary = compileRotation(
  Rotation.parse({
    id: 'primary',
    team: 'billing',
    people: ['ayse', 'mehmet'],
    period: 'daily',
    handover: '09:00',
    timezone: 'UTC',
    start: '2026-03-02',
  }),
);

const resolver: LadderResolver = {
  rotation: (id, at) => (id === 'primary' ? primary.onCallAt(at) : null),
  team: (id) => (id === 'billing' ? ['ayse', 'mehmet', 'john'] : []),
  nextTier: () => ['lead'],
};

const ladder = (input: Record<string, unknown>) =>
  compileLadder(
    Ladder.parse({
      team: 'billing',
      levels: [
        { notify: ['rotation:primary'] },
        { notify: ['person:john', 'rotation:primary'], delay: '15m' },
        { notify: ['tier:next'], delay: '1h' },
      ],
      ...input,
    }),
  );

const summary = (steps: ReturnType<ReturnType<typeof compileLadder>['plan']>) =>
  steps.map((step) => [
    step.round,
    step.level,
    (step.dueAt - START) / MINUTE,
    step.resolved.people.join(','),
  ]);

describe('compileLadder', () => {
  it('fires each level after its delay from the previous one, naming whom each target names then', () => {
    // The rotation hands over from mehmet to ayse at 09:00Z, between the first level (08:50) and the second (09:05).
    expect(summary(ladder({}).plan(START, resolver))).toEqual([
      [0, 0, 0, 'mehmet'],
      [0, 1, 15, 'john,ayse'],
      [0, 2, 75, 'lead'],
    ]);
  });

  it('climbs again `repeat` times, waiting `repeat_after` after the last level', () => {
    const steps = ladder({ repeat: 2, repeat_after: '30m' }).plan(START, resolver);
    expect(steps.map((step) => [step.round, step.level, (step.dueAt - START) / MINUTE])).toEqual([
      [0, 0, 0],
      [0, 1, 15],
      [0, 2, 75],
      [1, 0, 105],
      [1, 1, 120],
      [1, 2, 180],
      [2, 0, 210],
      [2, 1, 225],
      [2, 2, 285],
    ]);
  });

  it("without repeat_after a new round waits the first level's delay", () => {
    const steps = compileLadder(
      Ladder.parse({
        team: 'billing',
        repeat: 1,
        levels: [
          { notify: ['person:a'], delay: '5m' },
          { notify: ['person:b'], delay: '10m' },
        ],
      }),
    ).plan(START, resolver);
    expect(steps.map((step) => (step.dueAt - START) / MINUTE)).toEqual([5, 15, 20, 30]);
  });

  it('keeps the targets as written so the caller can resolve them again when the step fires', () => {
    const [, second] = ladder({}).plan(START, resolver);
    expect(second?.targets).toEqual(['person:john', 'rotation:primary']);
  });

  it('starts only on the events named in start_on', () => {
    const breach = ladder({ start_on: ['sla_breached'] });
    expect(breach.startsOn('sla_breached')).toBe(true);
    expect(breach.startsOn('created')).toBe(false);
    expect(ladder({}).startsOn('created')).toBe(true);
  });
});

describe('resolveTargets', () => {
  it('names each person once, in the order the targets name them', () => {
    expect(resolveTargets(['person:mehmet', 'team:billing', 'rotation:primary'], START, resolver)).toEqual({
      people: ['mehmet', 'ayse', 'john'],
      unresolved: [],
    });
  });

  it('lists the targets that named nobody', () => {
    const topTier: LadderResolver = { ...resolver, nextTier: () => [] };
    expect(resolveTargets(['rotation:gone', 'team:empty', 'tier:next', 'person:a'], START, topTier)).toEqual({
      people: ['a'],
      unresolved: ['rotation:gone', 'team:empty', 'tier:next'],
    });
  });
});

describe('compileLadder: properties', () => {
  it('plans levels × (repeat + 1) steps, in firing order, each round climbing every level once', () => {
    const arbitraryLadder = fc.record({
      delays: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 6 }),
      repeat: fc.integer({ min: 0, max: 5 }),
      repeatAfter: fc.integer({ min: 1, max: 120 }),
    });
    fc.assert(
      fc.property(arbitraryLadder, ({ delays, repeat, repeatAfter }) => {
        const compiled = compileLadder(
          Ladder.parse({
            team: 't',
            repeat,
            repeat_after: `${repeatAfter}m`,
            levels: delays.map((delay, index) => ({ notify: [`person:p${index}`], delay: `${delay}m` })),
          }),
        );
        const steps = compiled.plan(START, resolver);
        expect(steps).toHaveLength(delays.length * (repeat + 1));
        steps.forEach((step, index) => {
          expect(step.level).toBe(index % delays.length);
          expect(step.round).toBe(Math.floor(index / delays.length));
          expect(step.dueAt).toBeGreaterThanOrEqual(steps[index - 1]?.dueAt ?? START);
          expect(step.resolved.people).toEqual([`p${step.level}`]);
        });
      }),
    );
  });
});
