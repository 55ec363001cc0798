// Shadow mode over real HTTP on every database: a candidate version decides beside the active one, is recorded and
// never acted on; the report shows where they disagree; one call promotes it. Drills over HTTP too.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { templateText } from '../src/services/playbooks/templates.js';
import { type ApiHarness, countRows, startApi, t0 } from './api-harness.js';
import { DIALECTS } from './databases.js';

const template = templateText('customer-support');
// The candidate wants 97 % confidence for low-risk tasks: a 95 % order status goes to a person.
const candidate = template.replace('low: { threshold: 0.6 }', 'low: { threshold: 0.97 }');

const orderStatus = (id: string) => ({
  id,
  turn: 1,
  task: { type: 'order_status' },
  ai: { confidence: 0.95, intent: 'order_status' },
  conversation: [{ role: 'customer', text: 'Where is my parcel?' }],
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    const admin = () => ({ key: api.keys.admin });
    const shadowRows = async () =>
      api.store.db.selectFrom('shadow_decisions').selectAll().orderBy('created_at').execute();

    beforeAll(async () => {
      api = await startApi(dialect, { yaml: template });
      const stored = await api.request('PUT', '/v1/playbook?activate=false', {
        ...admin(),
        body: { yaml: candidate },
      });
      expect(stored.status).toBe(201);
      expect(stored.body.version).toBe(2);
    });
    afterAll(() => api.close());

    test('with no shadow set, an evaluation writes no shadow row', async () => {
      expect((await api.request('GET', '/v1/playbook/shadow', admin())).body).toEqual({
        version: null,
        active: 1,
      });
      const res = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: orderStatus('plain-1'),
      });
      expect(res.status).toBe(200);
      expect(await shadowRows()).toHaveLength(0);
    });

    test('bad shadow settings get clear 4xx and change nothing', async () => {
      const unknown = await api.request('PUT', '/v1/playbook/shadow', { ...admin(), body: { version: 99 } });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error).toMatchObject({ code: 'not_found', path: 'version' });
      const active = await api.request('PUT', '/v1/playbook/shadow', { ...admin(), body: { version: 1 } });
      expect(active.status).toBe(409);
      expect(active.body.error.message).toMatch(/active version/);
      const malformed = await api.request('PUT', '/v1/playbook/shadow', {
        ...admin(),
        body: { version: 'two' },
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.path).toBe('version');
      const agent = await api.request('PUT', '/v1/playbook/shadow', {
        key: api.keys.agent,
        body: { version: 2 },
      });
      expect(agent.status).toBe(403);
      const promote = await api.request('POST', '/v1/playbook/shadow/promote', admin());
      expect(promote.status).toBe(409);
      const report = await api.request('GET', '/v1/playbook/shadow/report', admin());
      expect(report.status).toBe(404);
      expect((await api.request('GET', '/v1/playbook/shadow', admin())).body.version).toBeNull();
    });

    test('the shadow version decides beside the active one, recorded in the same transaction, never acted on', async () => {
      const set = await api.request('PUT', '/v1/playbook/shadow', { ...admin(), body: { version: 2 } });
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ version: 2, active: 1 });
      const escalationsBefore = await countRows(api.store, 'escalations');

      const res = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: orderStatus('shadow-1'),
      });
      expect(res.status).toBe(200);
      expect(res.body.decision.action).toBe('continue');
      expect(res.body.escalation).toBeNull();
      // The candidate would have escalated: recorded, but no escalation, timer or delivery came of it.
      expect(await countRows(api.store, 'escalations')).toBe(escalationsBefore);
      const rows = await shadowRows();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        case_id: 'shadow-1',
        turn: 1,
        active_version: 1,
        candidate_version: 2,
        active_action: 'continue',
        candidate_action: 'escalate',
        active_route: null,
        differs: 1,
      });
      expect(rows[0]?.candidate_route).not.toBeNull();
      const evaluation = await api.store.db
        .selectFrom('evaluations')
        .select('id')
        .where('case_id', '=', 'shadow-1')
        .executeTakeFirstOrThrow();
      expect(rows[0]?.evaluation_id).toBe(evaluation.id);

      // A retry of the same turn is the stored answer: no second shadow row.
      await api.request('POST', '/v1/evaluate', { key: api.keys.agent, body: orderStatus('shadow-1') });
      expect(await shadowRows()).toHaveLength(1);
    });

    test('the report counts where the two disagree, with examples; ranges are checked', async () => {
      api.clock.advance(1_000);
      const agreeing = {
        ...orderStatus('shadow-2'),
        conversation: [{ role: 'customer', text: 'I want to talk to a human' }],
      };
      await api.request('POST', '/v1/evaluate', { key: api.keys.agent, body: agreeing });
      const report = await api.request('GET', '/v1/playbook/shadow/report', admin());
      expect(report.status).toBe(200);
      expect(report.body).toMatchObject({
        candidateVersion: 2,
        evaluations: 2,
        disagreements: 1,
        action: 1,
        actionChanges: { 'continue→escalate': 1 },
        escalationRate: { active: 0.5, candidate: 1 },
      });
      expect(report.body.examples).toHaveLength(1);
      expect(report.body.examples[0]).toMatchObject({
        caseId: 'shadow-1',
        active: { action: 'continue', route: null },
        candidate: { action: 'escalate' },
      });
      const later = new Date(t0 + 3_600_000).toISOString();
      const empty = await api.request(
        'GET',
        `/v1/playbook/shadow/report?from=${later}&to=${new Date(t0 + 7_200_000).toISOString()}`,
        admin(),
      );
      expect(empty.body).toMatchObject({
        evaluations: 0,
        disagreements: 0,
        escalationRate: { active: null },
      });
      const inverted = await api.request(
        'GET',
        `/v1/playbook/shadow/report?from=${later}&to=${new Date(t0).toISOString()}`,
        admin(),
      );
      expect(inverted.status).toBe(400);
      expect(inverted.body.error).toMatchObject({ code: 'bad_request', path: 'from' });
      const garbled = await api.request('GET', '/v1/playbook/shadow/report?from=yesterday', admin());
      expect(garbled.status).toBe(400);
      expect(garbled.body.error.path).toBe('from');
    });

    test('one call promotes the shadow version and stops shadowing', async () => {
      const promoted = await api.request('POST', '/v1/playbook/shadow/promote', admin());
      expect(promoted.status).toBe(200);
      expect(promoted.body).toEqual({ version: null, active: 2 });
      const versions = await api.request('GET', '/v1/playbook/versions', admin());
      expect(versions.body.items.find((v: { active: boolean }) => v.active).version).toBe(2);
      const before = (await shadowRows()).length;
      const res = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: orderStatus('after-1'),
      });
      expect(res.body.decision.action).toBe('escalate');
      expect(await shadowRows()).toHaveLength(before);
      // The report of the promoted version stays readable by number.
      const old = await api.request('GET', '/v1/playbook/shadow/report?version=2', admin());
      expect(old.body.evaluations).toBe(2);
    });

    test('POST /v1/drills decides cases with a stored version against another', async () => {
      const res = await api.request('POST', '/v1/drills', {
        ...admin(),
        body: {
          version: 1,
          against: 2,
          cases: [orderStatus('d-1'), { ...orderStatus('d-2'), outcome: 'escalated_later' }, { turn: 1 }],
        },
      });
      expect(res.status).toBe(200);
      expect(res.body.playbook).toMatchObject({ version: 1 });
      expect(res.body.summary).toMatchObject({ cases: 3, decided: 2, actions: { continue: 2 } });
      expect(res.body.summary.outcomes.missed.count).toBe(1);
      expect(res.body.failures).toMatchObject({ count: 1, first: [{ line: 3 }] });
      expect(res.body.diff).toMatchObject({
        compared: 2,
        changed: 2,
        actionChanges: { 'escalate→continue': 2 },
      });
      const yaml = await api.request('POST', '/v1/drills', {
        ...admin(),
        body: { playbook: candidate, against: 'active', cases: [orderStatus('d-3')] },
      });
      expect(yaml.status).toBe(200);
      expect(yaml.body.diff.changed).toBe(0);
    });

    test('bad drill requests get clear 4xx', async () => {
      const none = await api.request('POST', '/v1/drills', { ...admin(), body: { version: 1, cases: [] } });
      expect(none.status).toBe(400);
      expect(none.body.error.path).toBe('cases');
      const unknown = await api.request('POST', '/v1/drills', {
        ...admin(),
        body: { version: 42, cases: [{ id: 'x' }] },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.path).toBe('version');
      const both = await api.request('POST', '/v1/drills', {
        ...admin(),
        body: { version: 1, playbook: candidate, cases: [{ id: 'x' }] },
      });
      expect(both.status).toBe(400);
      const invalid = await api.request('POST', '/v1/drills', {
        ...admin(),
        body: { playbook: 'handoff: 1\nname: x\n', cases: [{ id: 'x' }] },
      });
      expect(invalid.status).toBeGreaterThanOrEqual(400);
      expect(invalid.status).toBeLessThan(500);
      const many = await api.request('POST', '/v1/drills', {
        ...admin(),
        body: { version: 1, cases: Array.from({ length: 50_001 }, () => 0) },
      });
      expect(many.status).toBe(413);
      expect(many.body.error.path).toBe('cases');
      const agent = await api.request('POST', '/v1/drills', {
        key: api.keys.agent,
        body: { version: 1, cases: [{ id: 'x' }] },
      });
      expect(agent.status).toBe(403);
    });
  });
}
