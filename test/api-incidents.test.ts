// /v1/incidents over real HTTP on every database: open, show, link, phase, update, hand-over, resolve, metrics;
// scope checks; bad input refused with 4xx and nothing written.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { incidentPlaybookYaml } from './incident-fixtures.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    let lena: string;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: incidentPlaybookYaml('hand_back') });
      lena = await api.keys.human('lena');
    });
    afterAll(() => api.close());

    const escalate = async (id: string, text: string) => {
      const reply = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: { id, turn: 1, conversation: [{ role: 'customer', text }] },
      });
      expect(reply.status).toBeLessThan(300);
      return reply.body.escalation.id as string;
    };
    const incidents = async () =>
      Number(
        (
          await api.store.db
            .selectFrom('incidents')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    test('the whole life of an incident, and its metrics', async () => {
      const escalation = await escalate('api-1', 'I want a human please');
      const opened = await api.request('POST', '/v1/incidents', {
        key: lena,
        body: { title: 'Login failures', severity: 'sev2', summary: 'SSO rejects logins' },
      });
      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({
        severity: 'sev2',
        phase: 'detected',
        owner: 'olga',
        escalations: [],
      });
      const id = opened.body.id as string;
      const linked = await api.request('POST', `/v1/incidents/${id}/escalations`, {
        key: lena,
        body: { escalation },
      });
      expect(linked.body.escalations).toEqual([escalation]);
      const phase = await api.request('POST', `/v1/incidents/${id}/phase`, {
        key: lena,
        body: { phase: 'investigating', note: 'Looking at the IdP' },
      });
      expect(phase.body.phase).toBe('investigating');
      expect(
        (
          await api.request('POST', `/v1/incidents/${id}/updates`, {
            key: lena,
            body: { note: 'Still on it' },
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await api.request('POST', `/v1/incidents/${id}/handover`, {
            key: lena,
            body: { note: 'Call the IdP vendor' },
          })
        ).status,
      ).toBe(200);
      const shown = await api.request('GET', `/v1/incidents/${id}`, { key: lena });
      expect(shown.headers.get('etag')).toBe(`"${shown.body.version}"`);
      expect(shown.body.timeline.map((event: { type: string }) => event.type)).toEqual([
        'opened',
        'escalation_linked',
        'phase_changed',
        'update_posted',
        'handover_noted',
      ]);
      const stale = await api.request('POST', `/v1/incidents/${id}/resolve`, {
        key: lena,
        body: {},
        headers: { 'if-match': '"1"' },
      });
      expect(stale.status).toBe(409);
      const resolved = await api.request('POST', `/v1/incidents/${id}/resolve`, {
        key: lena,
        body: { note: 'Fixed' },
      });
      expect(resolved.body).toMatchObject({ status: 'resolved', phase: 'resolved' });
      const handedBack = await api.request('GET', `/v1/escalations/${escalation}`, { key: api.keys.admin });
      expect(handedBack.body.outcome).toBe('handed_back');
      const listed = await api.request('GET', '/v1/incidents?status=resolved', { key: lena });
      expect(listed.body.incidents.map((incident: { id: string }) => incident.id)).toContain(id);
      const metrics = await api.request('GET', '/v1/incidents/metrics', { key: lena });
      expect(metrics.status).toBe(200);
      expect(metrics.body).toMatchObject({ resolved: 1, bySeverity: { sev2: { resolved: 1 } } });
    });

    test('bad input: 4xx with code and path, never a 500, nothing written', async () => {
      const before = await incidents();
      const cases: Array<[string, string, unknown, number, string]> = [
        ['POST', '/v1/incidents', { severity: 'sev1' }, 400, 'title'],
        ['POST', '/v1/incidents', { title: 'x', severity: 'sev9' }, 400, 'severity'],
        ['POST', '/v1/incidents', { title: 'x', escalations: ['nope'] }, 400, 'escalations[0]'],
        ['POST', '/v1/incidents', { title: 'x', colour: 'red' }, 400, ''],
        ['POST', '/v1/incidents/inc_nope/phase', { phase: 'investigating' }, 404, 'id'],
        ['POST', '/v1/incidents/inc_nope/phase', { phase: 'resolved' }, 400, 'phase'],
        ['GET', '/v1/incidents?limit=0', undefined, 400, 'limit'],
        ['GET', '/v1/incidents/metrics?from=yesterday', undefined, 400, 'from'],
      ];
      for (const [method, path, body, status, at] of cases) {
        const reply = await api.request(method, path, { key: lena, ...(body === undefined ? {} : { body }) });
        expect(reply.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
        expect(reply.body.error).toMatchObject({ code: expect.any(String) });
        if (at !== '') {
          expect(reply.body.error.path).toBe(at);
        }
      }
      const forbidden = await api.request('POST', '/v1/incidents', {
        key: api.keys.agent,
        body: { title: 'x' },
      });
      expect(forbidden.status).toBe(403);
      expect(await incidents()).toBe(before);
    });
  });
}
