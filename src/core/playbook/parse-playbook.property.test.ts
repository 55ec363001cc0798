import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { HandoffError } from '../../errors.js';
import { parsePlaybook } from './parse-playbook.js';
import { templateText } from '../../services/playbooks/templates.js';

/** parsePlaybook either returns or throws an invalid_playbook (or unsafe_pattern) HandoffError whose details all have a position. */
function acceptsOrExplains(text: string): void {
  try {
    parsePlaybook(text);
  } catch (error) {
    expect(error).toBeInstanceOf(HandoffError);
    const handoffError = error as HandoffError;
    expect(['invalid_playbook', 'unsafe_pattern']).toContain(handoffError.code);
    expect(handoffError.details.length).toBeGreaterThan(0);
    for (const detail of handoffError.details) {
      expect(typeof detail.message).toBe('string');
      expect(detail.line).toBeGreaterThanOrEqual(1);
      expect(detail.col).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('parsePlaybook on arbitrary input', () => {
  it('never throws anything but an invalid_playbook HandoffError on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), acceptsOrExplains), {
      numRuns: 300,
    });
  });

  it('never throws anything else on arbitrary YAML values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => acceptsOrExplains(stringify(value))),
      {
        numRuns: 300,
      },
    );
  });

  it('never throws anything else on the template with lines dropped or characters changed', () => {
    const lines = templateText('customer-support').split('\n');
    const mutation = fc.record({
      drop: fc.integer({ min: 0, max: lines.length - 1 }),
      at: fc.integer({ min: 0, max: lines.length - 1 }),
      insert: fc.string({ maxLength: 12 }),
    });
    fc.assert(
      fc.property(mutation, ({ drop, at, insert }) => {
        const changed = lines.filter((_, index) => index !== drop);
        changed[at] = `${insert}${changed[at] ?? ''}`;
        acceptsOrExplains(changed.join('\n'));
      }),
      { numRuns: 60 },
    );
  });
});
