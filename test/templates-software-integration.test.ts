// The software-integration template end to end on every real database: a case walks the handoff chain chatbot ->
// CRM -> support queue -> engineer with the owner changing at each checkpoint; a write missing its record waits in
// Input Required with its clocks stopped until the input arrives; a stalled sync pages on-call and breaches.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commentOnEscalation } from '../src/services/escalations/comment-on-escalation.js';
import { DIALECTS } from './databases.js';
import { agent } from './service-harness.js';
import { minute, sampleCase, templateJourney } from './template-journeys.js';

const template = 'software-integration';
// Wednesday 18 November 2026, 11:00 in Istanbul: 45 weeks into the on-call rotation from Monday 5 January, efe's turn.
const t0 = Date.UTC(2026, 10, 18, 8, 0, 0);

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const journey = templateJourney(template, dialect, t0);
    beforeAll(() => journey.open());
    afterAll(() => journey.close());

    test('the handoff chain: each checkpoint status hands the case to its owner team', async () => {
      journey.at(t0);
      const flow = await journey.evaluate(sampleCase(template, 'si-009'));
      expect(flow).toMatchObject({ team: 'support', tier: 'L1', status: 'new' });
      await journey.claim(flow.id, 'ben');
      const owners: Array<[string, string, string | null]> = [];
      for (const checkpoint of ['at_chatbot', 'at_crm', 'at_support_queue', 'with_engineer']) {
        await journey.move(flow.id, checkpoint);
        const detail = await journey.read(flow.id);
        owners.push([detail.status, detail.team, detail.tier]);
      }
      expect(owners).toEqual([
        ['at_chatbot', 'conversational-ai', 'L1'],
        ['at_crm', 'crm-admins', 'L1'],
        ['at_support_queue', 'support', 'L1'],
        ['with_engineer', 'integration-engineering', 'L2'],
      ]);
      await journey.move(flow.id, 'resolved');
      expect((await journey.read(flow.id)).outcome).toBe('resolved');
    });

    test('missing data: Input Required with the clocks stopped, then on again when the input arrives', async () => {
      journey.at(t0);
      const flow = await journey.evaluate(sampleCase(template, 'si-007'));
      expect(flow).toMatchObject({ team: 'crm-admins', status: 'input_required', tags: ['input-required'] });
      journey.at(t0 + 5 * 60 * minute);
      await journey.drain();
      const waiting = await journey.read(flow.id);
      expect(waiting.sla?.clocks.every((clock) => clock.isPaused)).toBe(true);
      expect(await journey.events(flow.id, 'sla_breached', 'sla_warning')).toEqual([]);
      await commentOnEscalation({
        ctx: journey.ctx(agent),
        id: flow.id,
        input: { body: 'The record is C-107.', author: 'customer' },
      });
      expect((await journey.read(flow.id)).status).toBe('in_progress');
    });

    test('a stalled sync: urgent at L3, on-call paged; the breach at 15 minutes pages again from the top, then the lead', async () => {
      journey.at(t0);
      const flow = await journey.evaluate(sampleCase(template, 'si-006'));
      expect(flow).toMatchObject({ team: 'integration-engineering', tier: 'L3', priority: 'urgent' });
      for (const step of [0, 15, 20, 35]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      const pages = await journey.events(flow.id, 'ladder_notified');
      expect(pages.map((page) => [page.minute, page.data.level, page.data.people])).toEqual([
        [0, 0, ['efe']],
        [15, 0, ['efe']],
        [35, 1, ['kaan']],
      ]);
      const breaches = await journey.events(flow.id, 'sla_breached');
      expect(breaches.map((event) => [event.minute, event.data.metric])).toEqual([[15, 'first_response']]);
      expect((await journey.read(flow.id)).tags).toEqual(['sla-breached']);
    });
  });
}
