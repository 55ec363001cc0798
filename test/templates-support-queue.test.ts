// The support-queue template end to end on every real database: a ticket moves through its stages (the field
// "stage" and the tier follow), an unclaimed one climbs the ladder and breaches, a handed-back one is AI-handled.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { handBackEscalation } from '../src/services/escalations/hand-back-escalation.js';
import { DIALECTS } from './databases.js';
import { minute, person, sampleCase, templateJourney } from './template-journeys.js';

const template = 'support-queue';
// Wednesday 18 November 2026, 11:00 in Istanbul: inside the support calendar's hours (08:00-22:00).
const t0 = Date.UTC(2026, 10, 18, 8, 0, 0);

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const journey = templateJourney(template, dialect, t0);
    beforeAll(() => journey.open());
    afterAll(() => journey.close());

    test('triage, investigation, escalation to L2, resolution: the stage field and the tier follow the status', async () => {
      journey.at(t0);
      const ticket = await journey.evaluate(sampleCase(template, 'sq-010'));
      expect(ticket).toMatchObject({ team: 'support', tier: 'L1', priority: 'normal', status: 'new' });
      expect((await journey.read(ticket.id)).fields).toEqual({ stage: 'triage' });

      await journey.claim(ticket.id, 'oguz');
      expect(await journey.read(ticket.id)).toMatchObject({
        status: 'in_progress',
        assignee: 'oguz',
        tags: ['human-owned'],
        fields: { stage: 'investigation' },
      });
      await journey.move(ticket.id, 'investigating');
      await journey.move(ticket.id, 'escalated_l2');
      expect(await journey.read(ticket.id)).toMatchObject({
        status: 'escalated_l2',
        tier: 'L2',
        fields: { stage: 'escalation' },
      });
      await journey.move(ticket.id, 'solution_proposed');
      const proposed = await journey.read(ticket.id);
      expect(proposed.fields).toEqual({ stage: 'resolution' });
      expect(proposed.sla?.clocks.find((clock) => clock.metric === 'resolution')?.isPaused).toBe(true);
      await journey.move(ticket.id, 'resolved');
      expect((await journey.read(ticket.id)).outcome).toBe('resolved');
    });

    test('an unclaimed billing ticket breaches its first response after 4 working hours and is raised to high', async () => {
      journey.at(t0);
      const ticket = await journey.evaluate(sampleCase(template, 'sq-008'));
      for (const step of [30, 60, 240]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      const billing = await journey.read(ticket.id);
      expect(billing).toMatchObject({ team: 'billing', priority: 'high', tags: ['sla-breached'] });
      const breaches = await journey.events(ticket.id, 'sla_breached');
      expect(breaches.map((event) => [event.minute, event.data.metric])).toEqual([[240, 'first_response']]);
    });

    test('the support ladder: specialists after 30 minutes, the queue lead after an hour', async () => {
      journey.at(t0);
      const ticket = await journey.evaluate({ ...sampleCase(template, 'sq-010'), id: 'sq-010-unclaimed' });
      expect(ticket.tier).toBe('L1');
      for (const step of [30, 60]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      const pages = await journey.events(ticket.id, 'ladder_notified');
      expect(pages.map((page) => [page.minute, page.data.level, page.data.people])).toEqual([
        [30, 0, ['derya', 'irem']],
        [60, 1, ['derya']],
      ]);
    });

    test('handed back to the AI: tagged ai-handled, in the resolution stage', async () => {
      journey.at(t0);
      const ticket = await journey.evaluate(sampleCase(template, 'sq-009'));
      await journey.claim(ticket.id, 'hannah');
      await handBackEscalation({ ctx: journey.ctx(person('hannah')), id: ticket.id, input: {} });
      expect(await journey.read(ticket.id)).toMatchObject({
        status: 'handed_back',
        tags: ['human-owned', 'ai-handled'],
        fields: { stage: 'resolution' },
      });
    });
  });
}
