import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Case } from './case.js';
import { isCaseInPlainShape, validateCase } from './validate-case.js';

const text = (max: number) =>
  fc.oneof(
    { weight: 40, arbitrary: fc.string({ maxLength: 8 }) },
    fc.constantFrom(
      '',
      'x'.repeat(max),
      'x'.repeat(max + 1),
      'ş'.repeat(max),
      '😀'.repeat(Math.ceil(max / 2)),
    ),
  );
// Around each limit and of each wrong type, so both answers of the schema come up often.
const odd = fc.constantFrom(null, 0, -1, 1.5, true, [], {}, 'text', Number.NaN, Number.POSITIVE_INFINITY);
const maybe = <T>(value: fc.Arbitrary<T>) =>
  fc.option(fc.oneof({ weight: 60, arbitrary: value }, odd), { nil: undefined });
const unit = fc.oneof(
  { weight: 20, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  fc.constantFrom(-0.5, 1.5, 0, 1, -0, 1.0000001),
);
const at = fc.oneof(
  fc.constantFrom(
    '2026-11-20T10:00:00Z',
    '2026-11-20T10:00:00.123+03:00',
    '2024-02-29T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-12-31T23:59:59-05:00',
    '2026-11-20T24:00:00Z',
    '2026-11-20T10:00Z',
    '2026-11-20 10:00:00Z',
    '2026-11-20T10:00:00',
  ),
  {
    weight: 10,
    arbitrary: fc
      .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString()),
  },
);
const message = fc.record(
  {
    role: fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom('customer', 'ai', 'agent', 'system', 'user', 'assistant') },
      fc.constantFrom('bot', 'Customer'),
    ),
    text: maybe(text(100_000)),
    at: maybe(at),
    intent: maybe(text(200)),
    extra: fc.anything(),
  },
  { requiredKeys: ['role'] },
);
const caseLike = fc.record(
  {
    id: fc.oneof({ weight: 20, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) }, text(200), odd),
    turn: maybe(fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom(2 ** 53, 1.5))),
    channel: maybe(text(100)),
    locale: maybe(text(35)),
    task: maybe(fc.record({ type: maybe(text(200)), risk: maybe(text(100)) })),
    ai: maybe(
      fc.record({
        confidence: maybe(unit),
        intent: maybe(text(200)),
        category: maybe(text(200)),
        alternatives: maybe(
          fc.array(maybe(fc.record({ intent: maybe(text(200)), confidence: maybe(unit) }))),
        ),
        attempts: maybe(
          fc.array(
            maybe(
              fc.record({ action: maybe(text(200)), result: maybe(text(200)), detail: maybe(text(10_000)) }),
            ),
          ),
        ),
        ambiguous: maybe(fc.boolean()),
      }),
    ),
    customer: maybe(
      fc.record({
        id: maybe(text(200)),
        tier: maybe(text(100)),
        email: maybe(text(320)),
        name: maybe(text(500)),
      }),
    ),
    conversation: maybe(fc.array(maybe(message), { maxLength: 3 })),
    sentiment: maybe(fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }), fc.constantFrom(-1.5, 1.5))),
    fields: maybe(fc.dictionary(fc.string({ maxLength: 4 }), fc.anything())),
    flags: maybe(fc.array(maybe(text(200)), { maxLength: 3 })),
    proposed_action: fc.anything(),
    outcome: fc.anything(),
  },
  { requiredKeys: ['id'] },
);

// A full valid case, then one field set to a value at or past its limit, or of another type.
const base = () => ({
  id: 'c-1',
  turn: 2,
  channel: 'chat',
  locale: 'tr',
  task: { type: 'refund', risk: 'high' },
  ai: {
    confidence: 0.7,
    intent: 'refund',
    category: 'billing',
    alternatives: [{ intent: 'order', confidence: 0.6 }],
    attempts: [{ action: 'kb', result: 'no', detail: 'd' }],
    ambiguous: false,
  },
  customer: { id: 'C-1', tier: 'gold', email: 'a@example.com', name: 'Ayşe' },
  conversation: [
    { role: 'customer', text: 'İptal', at: '2026-11-20T10:00:00Z', intent: 'cancel' },
    { role: 'ai', text: '…' },
  ],
  sentiment: -0.4,
  fields: { order_id: 'A-1' },
  flags: ['chargeback'],
});
const limits: Record<string, number> = {
  id: 200,
  channel: 100,
  locale: 35,
  'task.type': 200,
  'task.risk': 100,
  'ai.intent': 200,
  'ai.category': 200,
  'ai.alternatives.0.intent': 200,
  'ai.attempts.0.action': 200,
  'ai.attempts.0.result': 200,
  'ai.attempts.0.detail': 10_000,
  'customer.id': 200,
  'customer.tier': 100,
  'customer.email': 320,
  'customer.name': 500,
  'conversation.0.text': 100_000,
  'conversation.0.intent': 200,
  'flags.0': 200,
};
const otherPaths = [
  'turn',
  'task',
  'ai',
  'ai.confidence',
  'ai.alternatives',
  'ai.alternatives.0',
  'ai.alternatives.0.confidence',
  'ai.attempts',
  'ai.ambiguous',
  'customer',
  'conversation',
  'conversation.0',
  'conversation.0.role',
  'conversation.0.at',
  'sentiment',
  'fields',
  'flags',
];
const edge = (path: string) =>
  limits[path] === undefined
    ? fc.constantFrom<unknown>(
        undefined,
        null,
        0,
        -1,
        1,
        1.5,
        -0,
        2 ** 53,
        true,
        [],
        {},
        '',
        'user',
        'bot',
        '2024-02-29T00:00:00Z',
        '2026-02-29T00:00:00Z',
        '2026-04-31T00:00:00+03:00',
        '2026-11-20T10:00:00',
      )
    : fc.constantFrom<unknown>(
        undefined,
        null,
        1,
        '',
        'x'.repeat(limits[path] ?? 0),
        'x'.repeat((limits[path] ?? 0) + 1),
        'ş'.repeat(limits[path] ?? 0),
      );
const mutated = fc
  .constantFrom(...Object.keys(limits), ...otherPaths)
  .chain((path) => edge(path).map((value) => ({ path, value })))
  .map(({ path, value }) => {
    const value0 = base() as Record<string, unknown>;
    const keys = path.split('.');
    let into = value0 as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) {
      into = into[key] as Record<string, unknown>;
    }
    into[keys.at(-1) ?? ''] = value;
    return value0;
  });

describe('isCaseInPlainShape', () => {
  test('one field at or past its limit, or of another type: yes exactly when the Case schema accepts', () => {
    fc.assert(
      fc.property(mutated, (value) => {
        const parsed: unknown = JSON.parse(JSON.stringify(value));
        expect(isCaseInPlainShape(parsed)).toBe(Case.safeParse(parsed).success);
      }),
      { numRuns: 2_000 },
    );
  });

  test('says yes only to what the Case schema accepts', () => {
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(caseLike, (value) => {
        // Through JSON, as a drill reads it: undefined fields are absent.
        const parsed: unknown = JSON.parse(JSON.stringify(value));
        if (isCaseInPlainShape(parsed)) {
          yes += 1;
          expect(Case.safeParse(parsed).success).toBe(true);
        } else {
          no += 1;
        }
      }),
      { numRuns: 3_000 },
    );
    // Both answers came up often enough for the property to mean something.
    expect(yes).toBeGreaterThan(100);
    expect(no).toBeGreaterThan(100);
  });

  test('says yes to the sample past cases, role aliases included, as validateCase accepts them', () => {
    const lines = readFileSync(new URL('../../../examples/past-cases.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n');
    for (const line of lines) {
      const value: unknown = JSON.parse(line);
      expect(isCaseInPlainShape(value), line).toBe(true);
      expect(() => validateCase(value)).not.toThrow();
    }
  });

  test('says no to what validateCase refuses, so the drill still reports the bad field', () => {
    for (const value of [
      null,
      [],
      { id: '' },
      { id: 'a', turn: -1 },
      { id: 'a', ai: { confidence: 2 } },
      { id: 'a', conversation: [{ role: 'bot', text: 'hi' }] },
      { id: 'a', conversation: [{ role: 'customer', text: 'hi', at: '2026-02-30T10:00:00Z' }] },
      { id: 'a', fields: [] },
    ]) {
      expect(isCaseInPlainShape(value)).toBe(false);
      expect(() => validateCase(value)).toThrow();
    }
  });
});
