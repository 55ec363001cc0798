import { describe, expect, it } from 'vitest';
import type { Risk } from '../playbook/schema.js';
import { parsePlaybook } from '../playbook/parse-playbook.js';
import { type CalibrationCase, calibrate } from './calibrate.js';
import { applyThresholdChanges, proposeThresholds } from './propose-thresholds.js';

const risk: Risk = {
  order: ['low', 'high', 'critical'],
  default: 'low',
  levels: {
    low: { threshold: 0.6 },
    high: { threshold: 0.9, max_miss_rate: 0.02 },
    critical: { require_approval: true },
  },
  tasks: { refund: { risk: 'high', threshold: 0.95 }, order_status: { risk: 'low' } },
};

/** `count` kept conversations of one confidence, `missed` of them later needing a person. */
function kept(count: number, confidence: number, missed: number, taskType: string | null, level: string) {
  return Array.from({ length: count }, (_, i): CalibrationCase => ({
    taskType,
    risk: level,
    confidence,
    kept: true,
    missed: i < missed,
  }));
}

describe('calibrate', () => {
  it('goes down to the lowest threshold that still shows the target, and stops at the first that fails', () => {
    const cases = [
      ...kept(200, 0.95, 0, null, 'low'),
      ...kept(100, 0.85, 1, null, 'low'),
      ...kept(100, 0.75, 20, null, 'low'),
    ];
    const [group] = calibrate(risk, cases);
    // At ≥ 0.85: 1 of 300 (bound 1.57 %) passes 5 %; at ≥ 0.75: 21 of 400 (bound ~7.4 %) fails.
    expect(group).toMatchObject({
      taskType: null,
      risk: 'low',
      target: 0.05,
      currentThreshold: 0.6,
      threshold: 0.85,
      status: 'calibrated',
      samplesAtThreshold: 300,
      missesAtThreshold: 1,
      samples: 400,
      misses: 21,
    });
    expect(group?.coverage).toBeCloseTo(0.75, 10);
    expect(group?.missRate).toBeCloseTo(1 / 300, 10);
    expect(group?.missRateBound).toBeCloseTo(0.0157, 4);
  });

  it('a failing threshold ends the sequence even when a laxer one would pass again', () => {
    const cases = [
      ...kept(100, 0.97, 10, null, 'low'),
      // Many clean ones lower down would dilute the misses, but the sequence stopped at 0.97.
      ...kept(5000, 0.7, 0, null, 'low'),
    ];
    const [group] = calibrate(risk, cases);
    expect(group?.status).toBe('no_safe_threshold');
    expect(group?.threshold).toBeNull();
    expect(group?.message).toMatch(/no threshold is shown safe/);
  });

  it('thresholds with too few samples to pass are skipped, not failed', () => {
    // 10 at 0.99 with a miss: too few to test (59 needed), so the miss does not stop the sequence.
    const cases = [...kept(10, 0.99, 1, null, 'low'), ...kept(300, 0.8, 0, null, 'low')];
    const [group] = calibrate(risk, cases);
    expect(group).toMatchObject({ status: 'calibrated', threshold: 0.8, samplesAtThreshold: 310 });
  });

  it('goes at most one step below the lowest confidence it has evidence for', () => {
    const [group] = calibrate(risk, kept(500, 0.883, 0, null, 'low'));
    expect(group?.threshold).toBe(0.88);
  });

  it('says "not enough data" below the sample the target needs', () => {
    const [group] = calibrate(risk, kept(148, 0.97, 0, null, 'high'));
    expect(group).toMatchObject({ status: 'not_enough_data', needed: 149, samples: 148, threshold: null });
    expect(group?.message).toMatch(/not enough data: 148 .* at least 149/);
    expect(calibrate(risk, kept(149, 0.97, 0, null, 'high'))[0]?.status).toBe('calibrated');
  });

  it('groups a task type with its own threshold apart; others count for their level; escalated and unreported ones only for coverage', () => {
    const cases: CalibrationCase[] = [
      ...kept(200, 0.96, 0, 'refund', 'high'),
      ...kept(200, 0.93, 0, 'payment', 'high'),
      { taskType: 'refund', risk: 'high', confidence: 0.5, kept: false, missed: null },
      { taskType: 'refund', risk: 'high', confidence: 0.99, kept: true, missed: null },
      // The AI claimed a stricter risk for an order status: counts for that level, not for the task.
      ...kept(3, 0.9, 0, 'ORDER_STATUS', 'high'),
    ];
    const groups = calibrate(risk, cases);
    expect(groups.map((g) => [g.taskType, g.risk, g.samples, g.conversations])).toEqual([
      [null, 'high', 203, 203],
      ['refund', 'high', 200, 202],
    ]);
    const refund = groups[1];
    expect(refund).toMatchObject({ threshold: 0.96, currentThreshold: 0.95, target: 0.02 });
    expect(refund?.coverage).toBeCloseTo(201 / 202, 10);
  });
});

const yaml = `handoff: 1
name: shop
# The risk table: thresholds by level.
risk:
  default: low
  levels:
    low: { threshold: 0.6 } # lax
    high:
      threshold: 0.9
      max_miss_rate: 0.02
    critical: { require_approval: true }
  tasks:
    refund: { risk: high, threshold: 0.95 }
teams:
  - id: support
    name: Support
tiers:
  - id: L1
    name: First line
priorities:
  levels: [normal, high]
  default: normal
triggers:
  - id: low-confidence
    kind: confidence
default_route:
  team: support
  tier: L1
`;

describe('proposeThresholds and applyThresholdChanges', () => {
  it('replaces only the calibrated thresholds and keeps the comments', () => {
    const playbook = parsePlaybook(yaml, 'shop.yaml');
    const groups = calibrate(playbook.risk, [
      ...kept(300, 0.8, 0, null, 'low'),
      ...kept(300, 0.97, 0, 'Refund', 'high'),
      ...kept(300, 0.97, 0, null, 'critical'),
    ]);
    const changes = proposeThresholds(playbook, groups);
    expect(changes.map(({ path, from, to }) => ({ path, from, to }))).toEqual([
      { path: 'risk.levels.low.threshold', from: 0.6, to: 0.8 },
      { path: 'risk.tasks.refund.threshold', from: 0.95, to: 0.97 },
    ]);
    const proposed = applyThresholdChanges(yaml, changes);
    expect(proposed).toContain('# The risk table: thresholds by level.');
    expect(proposed).toContain('# lax');
    const reparsed = parsePlaybook(proposed, 'proposed.yaml');
    expect(reparsed.risk.levels.low?.threshold).toBe(0.8);
    expect(reparsed.risk.levels.high?.threshold).toBe(0.9);
    expect(reparsed.risk.tasks?.refund?.threshold).toBe(0.97);
    expect(reparsed.risk.levels.critical).toEqual({ require_approval: true });
  });
});
