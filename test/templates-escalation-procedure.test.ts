// The escalation-procedure template end to end on every real database: Step 6 (the fraud ladder and its
// rotations), Step 5 and 8 (a missed deadline moves the case to Level 2 and to the weekly review) and Step 7 (an
// unanswered sign-off passes to the payments lead).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS } from './databases.js';
import { minute, sampleCase, templateJourney } from './template-journeys.js';

const template = 'escalation-procedure';
// Wednesday 18 November 2026, 11:00 in Istanbul: day 321 of the daily fraud rotation (berk), week 45 of the
// weekly duty-manager rotation (gamze).
const t0 = Date.UTC(2026, 10, 18, 8, 0, 0);

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const journey = templateJourney(template, dialect, t0);
    beforeAll(() => journey.open());
    afterAll(() => journey.close());

    test('fraud: on-call, the fraud lead, then the duty manager are paged; updates every 30 minutes until resolved', async () => {
      journey.at(t0);
      const fraud = await journey.evaluate(sampleCase(template, 'sop-003'));
      expect(fraud).toMatchObject({ team: 'fraud', tier: 'L2', priority: 'urgent', tags: ['weekly-review'] });
      for (const step of [0, 10, 20, 30]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      const pages = await journey.events(fraud.id, 'ladder_notified');
      expect(pages.map((page) => [page.minute, page.data.level, page.data.people])).toEqual([
        [0, 0, ['berk']],
        [10, 1, ['serkan']],
        [20, 2, ['gamze']],
      ]);
      expect((await journey.events(fraud.id, 'update_due')).map((event) => event.minute)).toEqual([30]);
      await journey.claim(fraud.id, 'berk');
      await journey.move(fraud.id, 'resolved');
      journey.at(t0 + 120 * minute);
      await journey.drain();
      expect(await journey.events(fraud.id, 'update_due')).toHaveLength(1);
      expect((await journey.read(fraud.id)).status).toBe('resolved');
    });

    test('a Level 1 case not answered in 30 minutes moves to Level 2, is tagged for review, and the ladder starts', async () => {
      journey.at(t0);
      const request = await journey.evaluate(sampleCase(template, 'sop-009'));
      expect(request).toMatchObject({ team: 'customer-service', tier: 'L1', priority: 'high' });
      for (const step of [30, 60]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      expect(await journey.read(request.id)).toMatchObject({ tier: 'L2', tags: ['weekly-review'] });
      const pages = await journey.events(request.id, 'ladder_notified');
      expect(pages.map((page) => [page.minute, page.data.level])).toEqual([
        [30, 0],
        [60, 1],
      ]);
    });

    test('a large transfer nobody approves in two hours passes to the payments lead', async () => {
      journey.at(t0);
      const transfer = await journey.evaluate(sampleCase(template, 'sop-005'));
      expect(transfer).toMatchObject({ team: 'payments-ops', status: 'pending_approval' });
      journey.at(t0 + 121 * minute);
      await journey.drain();
      const detail = await journey.read(transfer.id);
      expect(detail.context.approval?.approvers).toEqual(['person:onur']);
      await journey.vote(transfer.id, 'onur', 'approved');
      expect(await journey.read(transfer.id)).toMatchObject({
        status: 'handed_back',
        approvalState: 'approved',
      });
    });
  });
}
