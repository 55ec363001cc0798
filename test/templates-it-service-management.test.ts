// The it-service-management template end to end on every real database: a major incident opens on operations at
// L3 with its bridge, pages on-call and breaches its 15-minute response; a change waits for two CAB members.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rerouteEscalation } from '../src/services/escalations/reroute-escalation.js';
import { DIALECTS } from './databases.js';
import { admin } from './service-harness.js';
import { minute, sampleCase, templateJourney } from './template-journeys.js';

const template = 'it-service-management';
// Wednesday 18 November 2026, 11:00 in Istanbul: 45 weeks into the rotations from Monday 5 January, gizem's turn.
const t0 = Date.UTC(2026, 10, 18, 8, 0, 0);

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const journey = templateJourney(template, dialect, t0);
    beforeAll(() => journey.open());
    afterAll(() => journey.close());

    test('a major incident: operations L3 at P1, on-call paged, bridge updates, response breached, then worked to closed', async () => {
      journey.at(t0);
      const opened = await journey.evaluate(sampleCase(template, 'itsm-002'));
      expect(opened).toMatchObject({ team: 'operations', tier: 'L3', priority: 'p1', status: 'new' });
      expect(opened.tags).toEqual(['major-incident']);
      for (const step of [0, 10, 15, 25, 30]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      const pages = await journey.events(opened.id, 'ladder_notified');
      expect(pages.map((page) => [page.minute, page.data.level, page.data.people])).toEqual([
        [0, 0, ['gizem']],
        [10, 1, ['burak']],
        [25, 2, ['burak', 'lucas', 'gizem']], // the team in the playbook's order of people
      ]);
      const breaches = await journey.events(opened.id, 'sla_breached');
      // The first response was due at 15, and the bridge's first status update at 30.
      expect(breaches.map((event) => [event.minute, event.data.metric])).toEqual([
        [15, 'first_response'],
        [30, 'periodic_update'],
      ]);
      expect((await journey.events(opened.id, 'update_due')).map((event) => event.minute)).toEqual([30]);

      await journey.claim(opened.id, 'burak');
      expect((await journey.read(opened.id)).status).toBe('in_progress');
      await journey.move(opened.id, 'waiting_on_vendor');
      await journey.move(opened.id, 'in_progress');
      await journey.move(opened.id, 'resolved');
      await journey.move(opened.id, 'closed');
      const moves = await journey.events(opened.id, 'status_changed');
      expect(moves.map((event) => event.data.to)).toEqual([
        'assigned',
        'in_progress',
        'waiting_on_vendor',
        'in_progress',
        'resolved',
        'closed',
      ]);
    });

    test('a normal change waits for two CAB members, then goes back to the AI agent to carry out', async () => {
      journey.at(t0);
      const change = await journey.evaluate(sampleCase(template, 'itsm-008'));
      expect(change).toMatchObject({ team: 'change-board', status: 'pending_approval' });
      const pending = await journey.read(change.id);
      expect(pending.context.approval).toMatchObject({ required: 2, approvers: ['team:change-board'] });
      await journey.vote(change.id, 'hakan', 'approved');
      expect((await journey.read(change.id)).approvalState).toBe('pending');
      await journey.vote(change.id, 'selin', 'approved');
      expect(await journey.read(change.id)).toMatchObject({
        status: 'handed_back',
        approvalState: 'approved',
      });
    });

    test('a rejected emergency change comes back to a person, tagged for the change record', async () => {
      journey.at(t0);
      const change = await journey.evaluate(sampleCase(template, 'itsm-009'));
      expect(change).toMatchObject({ team: 'change-board', priority: 'p1', status: 'pending_approval' });
      await journey.vote(change.id, 'burak', 'rejected');
      expect(await journey.read(change.id)).toMatchObject({ status: 'in_progress', tags: ['cab-rejected'] });
    });

    test('handed over from the service desk to security: tagged, and held to security deadline', async () => {
      journey.at(t0);
      const ticket = await journey.evaluate(sampleCase(template, 'itsm-013'));
      expect(ticket.team).toBe('service-desk');
      await rerouteEscalation({
        ctx: journey.ctx(admin),
        id: ticket.id,
        input: { team: 'security', tier: 'L2', reason: 'the laptop shows signs of malware' },
      });
      const detail = await journey.read(ticket.id);
      expect(detail).toMatchObject({ team: 'security', tags: ['security-handoff'] });
      expect(detail.sla?.policy).toBe('security-handoff');
    });
  });
}
