// The raci template: every stage has all four roles, and end to end on every real database the chart holds -
// the responsible party's lead and the accountable owner are paged, mandatory reviews wait for their approvers,
// and a missed deadline goes to the accountable process owners.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadTemplate } from '../src/services/playbooks/templates.js';
import { DIALECTS } from './databases.js';
import { minute, sampleCase, templateJourney } from './template-journeys.js';

const template = 'raci';
// Wednesday 18 November 2026, 11:00 in Istanbul: office hours.
const t0 = Date.UTC(2026, 10, 18, 8, 0, 0);

test('every status of the workflow has a RACI stage with all four roles, and one accountable party', () => {
  const playbook = loadTemplate(template);
  const statuses = playbook.workflow?.statuses.map((status) => status.id) ?? [];
  expect(playbook.raci?.map((stage) => stage.stage)).toEqual(statuses);
  for (const stage of playbook.raci ?? []) {
    expect(stage.responsible?.length, stage.stage).toBeGreaterThan(0);
    expect(stage.accountable, stage.stage).toHaveLength(1);
    expect(stage.consulted?.length, stage.stage).toBeGreaterThan(0);
    expect(stage.informed?.length, stage.stage).toBeGreaterThan(0);
  }
});

test('legal, financial, HR, published and AI-governance work always needs a person: those tasks are critical', () => {
  const playbook = loadTemplate(template);
  expect(playbook.risk.levels.critical).toEqual({ require_approval: true });
  const critical = Object.entries(playbook.risk.tasks ?? {})
    .filter(([, task]) => task.risk === 'critical')
    .map(([name]) => name);
  expect(critical.sort()).toEqual([
    'contract_answer',
    'employee_matter',
    'model_change',
    'personal_data_request',
    'public_statement',
    'refund_large',
  ]);
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const journey = templateJourney(template, dialect, t0);
    beforeAll(() => journey.open());
    afterAll(() => journey.close());

    test('intake to post-review: the accountable lead and owner are paged while nobody is responsible', async () => {
      journey.at(t0);
      const work = await journey.evaluate(sampleCase(template, 'raci-006'));
      expect(work).toMatchObject({ team: 'operations', tier: 'L1', status: 'new' });
      for (const step of [30, 60]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      const pages = await journey.events(work.id, 'ladder_notified');
      expect(pages.map((page) => [page.minute, page.data.people])).toEqual([
        [30, ['seda']],
        [60, ['ahmet']],
      ]);
      journey.at(t0 + 70 * minute);
      await journey.claim(work.id, 'tolga');
      for (const stage of ['input_required', 'in_progress', 'resolved', 'closed']) {
        await journey.move(work.id, stage);
      }
      const moves = await journey.events(work.id, 'status_changed');
      expect(moves.map((event) => event.data.to)).toEqual([
        'assigned',
        'in_progress',
        'input_required',
        'in_progress',
        'resolved',
        'closed',
      ]);
    });

    test('a large refund waits for finance; rejected, it is an override AI governance hears of', async () => {
      journey.at(t0);
      const refund = await journey.evaluate(sampleCase(template, 'raci-002'));
      expect(refund).toMatchObject({
        team: 'finance',
        status: 'pending_approval',
        tags: ['mandatory-review'],
      });
      await journey.vote(refund.id, 'ipek', 'rejected');
      expect(await journey.read(refund.id)).toMatchObject({
        status: 'in_progress',
        approvalState: 'rejected',
        tags: ['mandatory-review', 'ai-overridden'],
      });
    });

    test('operations misses the two-hour deadline of a high escalation: the process owners take it at L3', async () => {
      journey.at(t0);
      const work = await journey.evaluate(sampleCase(template, 'raci-009'));
      expect(work).toMatchObject({ team: 'operations', priority: 'high' });
      journey.at(t0 + 120 * minute);
      await journey.drain();
      expect(await journey.read(work.id)).toMatchObject({
        team: 'process-owners',
        tier: 'L3',
        tags: ['sla-breached'],
      });
    });
  });
}
