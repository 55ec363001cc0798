import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlaybook } from './compile-playbook.js';
import { Decision } from './decision.js';
import { NOW, playbookWith } from './__fixtures__/playbook.js';

const decider = compilePlaybook(
  playbookWith([
    { id: 'low-confidence', kind: 'confidence' },
    { id: 'human', kind: 'human_request' },
    { id: 'kw', kind: 'keyword', keywords: ['iptal*', 'cancel', 'talk to legal'], patterns: ['\\d{4}'] },
    { id: 'sent', kind: 'sentiment', below: -0.5, falling: { turns: 2, by: 0.3 } },
    { id: 'cust', kind: 'customer', tier: ['vip'], where: [{ path: 'age', gt: 3 }] },
    {
      id: 'field',
      kind: 'field',
      required: ['a.b'],
      where: [{ path: 'x', pattern: '^a' }],
      schema: { type: 'object' },
    },
    { id: 'flag', kind: 'flag', flags: ['f'] },
    { id: 'loop', kind: 'ai_loop', failed_attempts: 1, repeated_intent: 2 },
    { id: 'amb', kind: 'ambiguity' },
    { id: 'freq', kind: 'frequency', key: 'customer.id', count: 2, within: '1h' },
    { id: 'comp', kind: 'not', of: { kind: 'any', of: [{ kind: 'flag', flags: ['g'] }] } },
  ]),
);

// Values shaped like cases (so the interesting paths run) mixed with anything JSON can hold.
const message = fc.record(
  {
    role: fc.constantFrom('customer', 'ai', 'agent', 'system', 'bogus'),
    text: fc.string({ unit: 'grapheme' }),
    intent: fc.string(),
  },
  { requiredKeys: [] },
);
const caseLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    turn: fc.oneof(fc.integer(), fc.double(), fc.string()),
    locale: fc.oneof(fc.constantFrom('tr', 'en', 'tr-TR', 'de'), fc.string()),
    task: fc.record({
      type: fc.constantFrom('refund', 'order_status', 'x'),
      risk: fc.oneof(fc.string(), fc.integer()),
    }),
    ai: fc.record(
      {
        confidence: fc.oneof(fc.double(), fc.string()),
        intent: fc.string(),
        alternatives: fc.array(fc.record({ intent: fc.string(), confidence: fc.double() })),
        attempts: fc.array(fc.record({ action: fc.string(), result: fc.string() })),
        ambiguous: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    customer: fc.oneof(fc.record({ id: fc.string(), tier: fc.string(), age: fc.anything() }), fc.anything()),
    conversation: fc.oneof(fc.array(message, { maxLength: 12 }), fc.anything()),
    sentiment: fc.oneof(fc.double(), fc.string()),
    fields: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.anything()),
    flags: fc.oneof(fc.array(fc.string()), fc.anything()),
  },
  { requiredKeys: [] },
);

describe('decide on arbitrary input', () => {
  it('never throws and always returns a valid decision', () => {
    fc.assert(
      fc.property(fc.oneof(caseLike, fc.jsonValue(), fc.anything()), (input) => {
        const decision = decider.decide(input, NOW);
        expect(Decision.safeParse(decision).success).toBe(true);
        expect(decision.reasons.some((reason) => reason.kind === 'error')).toBe(false);
        if (decision.action === 'continue') {
          expect(decision.route).toBeNull();
          expect(decision.mode).toBeNull();
        } else {
          expect(decision.route).not.toBeNull();
          expect(decision.reasons.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps __proto__ keys as plain data', () => {
    const input = JSON.parse(
      '{"id":"p","fields":{"__proto__":{"a":{"b":1}}},"customer":{"__proto__":{"tier":"vip"}}}',
    );
    const decision = decider.decide(input, NOW);
    expect(decision.reasons.map((reason) => reason.trigger)).not.toContain('cust');
    expect(({} as Record<string, unknown>).tier).toBeUndefined();
  });
});
