// The customer-support template end to end on every real database: a Turkish threat of consumer arbitration goes
// to legal at L3, urgent; its 15-minute response breaches, legal's lead takes it after an hour, and the default
// workflow runs through waiting on the customer to resolved.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commentOnEscalation } from '../src/services/escalations/comment-on-escalation.js';
import { resolveEscalation } from '../src/services/escalations/resolve-escalation.js';
import { DIALECTS } from './databases.js';
import { agent } from './service-harness.js';
import { minute, person, sampleCase, templateJourney } from './template-journeys.js';

const template = 'customer-support';
const t0 = Date.UTC(2026, 10, 18, 8, 0, 0);

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const journey = templateJourney(template, dialect, t0);
    beforeAll(() => journey.open());
    afterAll(() => journey.close());

    test('legal L3: the urgent response breaches at 15 minutes, the hourly update at 60, when the lead takes it; then it is worked to resolved', async () => {
      journey.at(t0);
      const legal = await journey.evaluate(sampleCase(template, 'cs-006'));
      expect(legal).toMatchObject({ team: 'legal', tier: 'L3', priority: 'urgent', status: 'new' });
      for (const step of [15, 60]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      const breaches = await journey.events(legal.id, 'sla_breached');
      expect(breaches.map((event) => [event.minute, event.data.metric])).toEqual([
        [15, 'first_response'],
        [60, 'periodic_update'],
      ]);
      expect(await journey.read(legal.id)).toMatchObject({ status: 'assigned', assignee: 'elif' });

      await journey.claim(legal.id, 'elif');
      await journey.move(legal.id, 'waiting_on_customer');
      await commentOnEscalation({
        ctx: journey.ctx(agent),
        id: legal.id,
        input: { body: 'Sipariş numaram A-1006.', author: 'customer' },
      });
      expect((await journey.read(legal.id)).status).toBe('in_progress');
      await resolveEscalation({
        ctx: journey.ctx(person('elif')),
        id: legal.id,
        input: { outcome: 'resolved' },
      });
      expect(await journey.read(legal.id)).toMatchObject({ status: 'resolved', outcome: 'resolved' });
    });
  });
}
