// The read models the dashboard's views draw, over real HTTP on every database: the on-call overview and the
// escalation matrix of the active playbook; people may read them, agents may not, bad input is a 400.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { supportOnCallYaml } from './playbook-fixtures.js';

const yaml = supportOnCallYaml(`  ladders:
    - team: support
      levels:
        - { notify: [rotation:support-primary] }
        - { notify: [person:bora], delay: 15m }
`);

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml });
    });
    afterAll(() => api.close());

    test('on call now and next per rotation, and the ladder with whom each step reaches', async () => {
      const reply = await api.request('GET', '/v1/oncall/overview', { key: await api.keys.human('ayse') });
      expect(reply.status, reply.text).toBe(200);
      expect(reply.body.rotations).toEqual([
        {
          rotation: 'support-primary',
          team: 'support',
          timezone: 'Europe/Istanbul',
          now: {
            id: 'ayse',
            name: 'Ayşe',
            from: '2026-11-18T06:00:00.000Z',
            to: '2026-11-19T06:00:00.000Z',
            source: 'rotation',
          },
          next: {
            id: 'mehmet',
            name: 'Mehmet',
            from: '2026-11-19T06:00:00.000Z',
            to: '2026-11-20T06:00:00.000Z',
            source: 'rotation',
          },
        },
      ]);
      expect(reply.body.ladders[0].steps.map((step: { afterMs: number }) => step.afterMs)).toEqual([
        0, 900_000,
      ]);
      expect(reply.body.ladders[0].steps[0].notify[0].people).toEqual([{ id: 'ayse', name: 'Ayşe' }]);
      const later = await api.request('GET', '/v1/oncall/overview?at=2026-11-19T12:00:00Z', {
        key: api.keys.admin,
      });
      expect(later.body.rotations[0].now.id).toBe('mehmet');
    });

    test('the escalation matrix of the active version', async () => {
      const reply = await api.request('GET', '/v1/playbook/matrix', { key: await api.keys.human('ayse') });
      expect(reply.status, reply.text).toBe(200);
      expect(reply.body.version).toBe(1);
      expect(reply.body.tiers.map((tier: { id: string | null }) => tier.id)).toEqual(['L1', 'L2', null]);
      expect(reply.body.tiers[0].triggers.map((trigger: { id: string }) => trigger.id)).toEqual([
        'asks-for-human',
      ]);
      expect(reply.body.risk.map((risk: { level: string }) => risk.level)).toEqual(['low', 'medium']);
    });

    test('agents and strangers may not read them; a bad time is a 400 naming it', async () => {
      for (const path of ['/v1/oncall/overview', '/v1/playbook/matrix']) {
        expect((await api.request('GET', path)).status).toBe(401);
        const agent = await api.request('GET', path, { key: api.keys.agent });
        expect(agent.status).toBe(403);
      }
      const bad = await api.request('GET', '/v1/oncall/overview?at=soon', { key: api.keys.admin });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'bad_request', path: 'at' });
      const extra = await api.request('GET', '/v1/oncall/overview?who=me', { key: api.keys.admin });
      expect(extra.status).toBe(400);
    });
  });
}
