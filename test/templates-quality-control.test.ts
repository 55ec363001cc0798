// The quality-control template end to end on every real database: a Major finding goes through review, changes
// requested and a new approval; a Critical one is raised to the leads, pages moderation and breaches; a ban waits
// for a moderator's approval and ends Approved.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commentOnEscalation } from '../src/services/escalations/comment-on-escalation.js';
import { DIALECTS } from './databases.js';
import { agent } from './service-harness.js';
import { minute, sampleCase, templateJourney } from './template-journeys.js';

const template = 'quality-control';
// Wednesday 18 November 2026, 11:00 in Istanbul: day 321 of the daily moderation rotation from 1 January.
const t0 = Date.UTC(2026, 10, 18, 8, 0, 0);

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const journey = templateJourney(template, dialect, t0);
    beforeAll(() => journey.open());
    afterAll(() => journey.close());

    test('a Major finding: in review, changes requested, the author resubmits, a new approval, approved', async () => {
      journey.at(t0);
      const finding = await journey.evaluate(sampleCase(template, 'qc-002'));
      expect(finding).toMatchObject({ team: 'reviewers', tier: 'L1', priority: 'major', status: 'new' });
      await journey.claim(finding.id, 'baris');
      await journey.move(finding.id, 'changes_requested');
      const waiting = await journey.read(finding.id);
      expect(waiting.sla?.clocks.find((clock) => clock.metric === 'resolution')?.isPaused).toBe(true);

      journey.at(t0 + 30 * minute);
      await commentOnEscalation({
        ctx: journey.ctx(agent),
        id: finding.id,
        input: { body: 'Corrected: the store is closed on Sundays.', author: 'customer' },
      });
      expect(await journey.read(finding.id)).toMatchObject({ status: 'new_approval', tags: ['resubmitted'] });
      await journey.move(finding.id, 'resolved');
      const moves = await journey.events(finding.id, 'status_changed');
      expect(moves.map((event) => event.data.to)).toEqual([
        'in_progress',
        'changes_requested',
        'new_approval',
        'resolved',
      ]);
    });

    test('a Critical moderation flag: raised to the leads, moderation paged, breached after 30 minutes', async () => {
      journey.at(t0);
      const finding = await journey.evaluate(sampleCase(template, 'qc-004'));
      expect(finding).toMatchObject({
        team: 'trust-safety',
        priority: 'critical',
        tier: 'L2',
        tags: ['critical'],
      });
      for (const step of [0, 15, 30]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      const pages = await journey.events(finding.id, 'ladder_notified');
      expect(pages.map((page) => [page.minute, page.data.level, page.data.people])).toEqual([
        [0, 0, ['daniel']],
        [15, 1, ['daniel']],
      ]);
      const breaches = await journey.events(finding.id, 'sla_breached');
      expect(breaches.map((event) => [event.minute, event.data.metric])).toEqual([[30, 'first_response']]);
      expect((await journey.read(finding.id)).tags).toEqual(['critical', 'sla-breached']);
    });

    test('banning a user waits for a moderator; approved, it ends in the Approved status', async () => {
      journey.at(t0);
      const ban = await journey.evaluate(sampleCase(template, 'qc-008'));
      expect(ban).toMatchObject({ team: 'trust-safety', status: 'pending_approval' });
      await journey.vote(ban.id, 'sevgi', 'approved');
      expect(await journey.read(ban.id)).toMatchObject({ status: 'resolved', approvalState: 'approved' });
    });
  });
}
