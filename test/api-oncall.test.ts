// GET /v1/oncall and a rotation's shifts over real HTTP on every database, with bad input refused clearly.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { supportOnCallYaml } from './playbook-fixtures.js';

const yaml = supportOnCallYaml(`      overrides:
        - { person: mehmet, from: 2026-11-20T12:00, to: 2026-11-20T18:00 }
`);

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml });
    });
    afterAll(() => api.close());

    test('who is on call now (the server clock) and at another time, overrides winning', async () => {
      const now = await api.request('GET', '/v1/oncall', { key: api.keys.admin });
      expect(now.status).toBe(200);
      expect(
        now.body.items.map((item: { rotation: string; person: string }) => [item.rotation, item.person]),
      ).toEqual([['support-primary', 'ayse']]);
      const override = await api.request('GET', '/v1/oncall?at=2026-11-20T10:00:00Z', {
        key: api.keys.admin,
      });
      expect(override.body.items[0]).toMatchObject({
        person: 'mehmet',
        shift: { from: '2026-11-20T09:00:00.000Z', to: '2026-11-20T15:00:00.000Z', source: 'override' },
      });
      const turn = await api.request('GET', '/v1/oncall?at=2026-11-18T12:00:00Z', { key: api.keys.admin });
      expect(turn.body.items[0]).toMatchObject({
        person: 'ayse',
        shift: { from: '2026-11-18T06:00:00.000Z', to: '2026-11-19T06:00:00.000Z', source: 'rotation' },
      });
      const otherTeam = await api.request('GET', '/v1/oncall?team=billing', { key: api.keys.admin });
      expect(otherTeam.body.items).toEqual([]);
    });

    test('the shifts of a rotation between two times', async () => {
      const reply = await api.request(
        'GET',
        '/v1/oncall/support-primary/shifts?from=2026-11-18T06:00:00Z&to=2026-11-20T06:00:00Z',
        { key: api.keys.admin },
      );
      expect(reply.status).toBe(200);
      expect(
        reply.body.shifts.map((shift: { person: string; from: string }) => [shift.person, shift.from]),
      ).toEqual([
        ['ayse', '2026-11-18T06:00:00.000Z'],
        ['mehmet', '2026-11-19T06:00:00.000Z'],
      ]);
    });

    test('bad input: a clear 4xx naming the field', async () => {
      const badTime = await api.request('GET', '/v1/oncall?at=yesterday', { key: api.keys.admin });
      expect(badTime.status).toBe(400);
      expect(badTime.body.error).toMatchObject({ code: 'bad_request', path: 'at' });
      const unknown = await api.request('GET', '/v1/oncall/nobody/shifts', { key: api.keys.admin });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error).toMatchObject({ code: 'not_found', path: 'rotation' });
      const backwards = await api.request(
        'GET',
        '/v1/oncall/support-primary/shifts?from=2026-11-20T00:00:00Z&to=2026-11-19T00:00:00Z',
        { key: api.keys.admin },
      );
      expect(backwards.body.error).toMatchObject({ code: 'bad_request', path: 'to' });
      expect((await api.request('GET', '/v1/oncall')).status).toBe(401);
    });
  });
}
