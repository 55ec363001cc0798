import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_TEXT } from '../playbook/linear-pattern.js';
import { compilePlaybook } from './compile-playbook.js';
import { NOW, playbookWith } from './__fixtures__/playbook.js';

const customer = (text: string) => [{ role: 'customer', text }];

describe('playbook patterns on hostile text', () => {
  it('a 100,000-character message against patterns that backtrack quadratically or worse is decided', () => {
    // A backtracking engine spends seconds (quadratic) to forever (exponential) on each of these.
    const decider = compilePlaybook(
      playbookWith([
        { id: 'p', kind: 'keyword', patterns: ['.*x', '\\w+@', '[a-z]+\\d', '[^x]*x', '(a+)+b'] },
      ]),
    );
    const decision = decider.decide({ id: 'c1', conversation: customer('a'.repeat(100_000)) }, NOW);
    expect(decision.action).toBe('continue');
  });

  it('value tests and field schemas run their patterns in linear time too', () => {
    const decider = compilePlaybook(
      playbookWith([
        { id: 'code', kind: 'case', where: [{ path: 'fields.code', pattern: '^(a|aa)+$' }] },
        {
          id: 'schema',
          kind: 'field',
          schema: { type: 'object', properties: { code: { type: 'string', pattern: '^(a|aa)+$' } } },
        },
      ]),
    );
    const hostile = { id: 'c1', fields: { code: `${'a'.repeat(5_000)}!` } };
    expect(decider.decide(hostile, NOW).reasons.map((reason) => reason.trigger)).toEqual(['schema']);
    const fine = { id: 'c1', fields: { code: 'aaaa' } };
    expect(decider.decide(fine, NOW).reasons.map((reason) => reason.trigger)).toEqual(['code']);
  });

  it(`a pattern sees the first ${MAX_PATTERN_TEXT} characters of a message`, () => {
    const decider = compilePlaybook(playbookWith([{ id: 'p', kind: 'keyword', patterns: ['refund'] }]));
    const early = `${'a '.repeat(1_000)}refund${' a'.repeat(50_000)}`;
    const late = `${'a '.repeat(MAX_PATTERN_TEXT)}refund`;
    expect(decider.decide({ id: 'c1', conversation: customer(early) }, NOW).action).toBe('escalate');
    expect(decider.decide({ id: 'c1', conversation: customer(late) }, NOW).action).toBe('continue');
  });
});
