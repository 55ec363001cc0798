// Every template's sample cases (templates/<name>.cases.jsonl) decide as each line's "expect" says: action, the
// triggers that fired (in playbook order), team, tier and priority. Cases are decided in file order by one
// decider, each at the time of its latest message, so frequency triggers count as they would in a drill.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compilePlaybook } from '../src/core/decide/compile-playbook.js';
import { listTemplates, loadTemplate } from '../src/services/playbooks/templates.js';

interface SampleCase {
  id: string;
  why?: string;
  conversation?: Array<{ at?: string }>;
  expect: {
    action: 'continue' | 'escalate' | 'require_approval';
    triggers: string[];
    team?: string | null;
    tier?: string | null;
    priority?: string | null;
  };
}

const folder = new URL('../src/services/playbooks/templates/', import.meta.url);

/** The sample cases of a template, or null when it has none. */
function samplesOf(name: string): SampleCase[] | null {
  let text: string;
  try {
    text = readFileSync(new URL(`${name}.cases.jsonl`, folder), 'utf8');
  } catch {
    return null;
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SampleCase);
}

const latestAt = (sample: SampleCase): number => {
  const times = (sample.conversation ?? []).flatMap((message) =>
    message.at === undefined ? [] : [message.at],
  );
  return Date.parse(times.at(-1) ?? '2026-11-18T10:00:00Z');
};

const withSamples = listTemplates()
  .map(({ name }) => ({ name, samples: samplesOf(name) }))
  .filter((entry): entry is { name: string; samples: SampleCase[] } => entry.samples !== null);

test('every template of this list has sample cases', () => {
  expect(withSamples.map((entry) => entry.name)).toEqual(
    expect.arrayContaining([
      'customer-support',
      'escalation-matrix',
      'escalation-procedure',
      'it-service-management',
      'quality-control',
      'raci',
      'software-integration',
      'support-queue',
    ]),
  );
});

for (const { name, samples } of withSamples) {
  describe(`the ${name} template decides its sample cases`, () => {
    const decider = compilePlaybook(loadTemplate(name));
    const decisions = samples.map((sample) => decider.decide(sample, latestAt(sample)));

    test.each(samples.map((sample, index) => [sample.id, sample.why ?? '', index] as const))(
      '%s: %s',
      (_id, _why, index) => {
        const sample = samples[index];
        const decision = decisions[index];
        if (sample === undefined || decision === undefined) {
          throw new Error('no sample');
        }
        const { action, triggers, ...route } = sample.expect;
        expect({
          action: decision.action,
          triggers: decision.reasons.map((reason) => reason.trigger),
        }).toEqual({ action, triggers });
        const got = {
          team: decision.route?.team ?? null,
          tier: decision.route?.tier ?? null,
          priority: decision.priority,
        };
        expect(got).toMatchObject(route);
      },
    );

    test('the samples cover escalating and continuing, English and Turkish', () => {
      const actions = new Set(samples.map((sample) => sample.expect.action));
      expect(actions).toContain('escalate');
      expect(actions).toContain('continue');
      const locales = new Set(decisions.map((decision) => decision.signals.locale));
      expect(locales).toEqual(new Set(['en', 'tr']));
    });
  });
}
