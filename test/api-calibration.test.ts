// GET /v1/calibration over real HTTP on every database: evaluations and their reported outcomes in, thresholds
// and the playbook YAML to save as a new version out.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import { templateText } from '../src/services/playbooks/templates.js';
import { type ApiHarness, startApi, t0 } from './api-harness.js';
import { DIALECTS } from './databases.js';

const template = templateText('customer-support');

const orderStatus = (id: string, confidence: number) => ({
  id,
  turn: 1,
  task: { type: 'order_status' },
  ai: { confidence, intent: 'order_status' },
  conversation: [{ role: 'customer', text: 'Where is my parcel?' }],
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: template });
    });
    afterAll(() => api.close());

    test('too few outcomes: "not enough data", nothing proposed', async () => {
      await api.request('POST', '/v1/evaluate', { key: api.keys.agent, body: orderStatus('few-1', 0.9) });
      const res = await api.request('GET', '/v1/calibration', { key: api.keys.admin });
      expect(res.status).toBe(200);
      expect(res.body.groups).toEqual([
        expect.objectContaining({
          risk: 'low',
          taskType: null,
          status: 'not_enough_data',
          samples: 0,
          needed: 59,
        }),
      ]);
      expect(res.body.changes).toEqual([]);
      expect(res.body.proposedYaml).toBeNull();
    });

    test('kept conversations with their outcomes give a threshold and the YAML of a new version', async () => {
      // 80 order-status conversations the AI kept at 85 % confidence; one later needed a person.
      for (let i = 0; i < 80; i += 1) {
        const res = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: orderStatus(`kept-${i}`, 0.85),
        });
        expect(res.body.decision.action).toBe('continue');
      }
      await api.store.db
        .insertInto('case_outcomes')
        .values(
          Array.from({ length: 80 }, (_, i) => ({
            case_id: `kept-${i}`,
            outcome: i === 0 ? 'customer_complained' : 'resolved_by_ai',
            at: t0,
            recorded_at: t0,
            recorded_by: null,
          })),
        )
        .execute();
      const res = await api.request('GET', '/v1/calibration', { key: api.keys.admin });
      expect(res.status).toBe(200);
      const [low] = res.body.groups;
      // At ≥ 0.85: 1 of 80 missed (bound 5.8 % ≥ 5 %): fails. ≥ 0.86 keeps none of the 80. So: no safe threshold.
      expect(low).toMatchObject({ risk: 'low', status: 'no_safe_threshold', samples: 80, misses: 1 });

      await api.store.db
        .updateTable('case_outcomes')
        .set({ outcome: 'resolved_by_ai' })
        .where('case_id', '=', 'kept-0')
        .execute();
      const clean = await api.request('GET', '/v1/calibration', { key: api.keys.admin });
      expect(clean.body.groups[0]).toMatchObject({
        status: 'calibrated',
        threshold: 0.85,
        currentThreshold: 0.6,
        samplesAtThreshold: 80,
        missesAtThreshold: 0,
      });
      expect(clean.body.groups[0].missRateBound).toBeCloseTo(1 - 0.05 ** (1 / 80), 10);
      expect(clean.body.changes).toEqual([
        {
          path: 'risk.levels.low.threshold',
          keys: ['risk', 'levels', 'low', 'threshold'],
          from: 0.6,
          to: 0.85,
        },
      ]);
      const proposed = parsePlaybook(clean.body.proposedYaml, 'proposed.yaml');
      expect(proposed.risk.levels.low?.threshold).toBe(0.85);
      const saved = await api.request('PUT', '/v1/playbook?activate=false', {
        key: api.keys.admin,
        body: { yaml: clean.body.proposedYaml },
      });
      expect(saved.status).toBe(201);
    });

    test('bad ranges and keys get clear 4xx', async () => {
      const inverted = await api.request(
        'GET',
        `/v1/calibration?from=${new Date(t0 + 1000).toISOString()}&to=${new Date(t0).toISOString()}`,
        { key: api.keys.admin },
      );
      expect(inverted.status).toBe(400);
      expect(inverted.body.error).toMatchObject({ code: 'bad_request', path: 'from' });
      const garbled = await api.request('GET', '/v1/calibration?to=soon', { key: api.keys.admin });
      expect(garbled.status).toBe(400);
      expect(garbled.body.error.path).toBe('to');
      const unknown = await api.request('GET', '/v1/calibration?group=x', { key: api.keys.admin });
      expect(unknown.status).toBe(400);
      const agent = await api.request('GET', '/v1/calibration', { key: api.keys.agent });
      expect(agent.status).toBe(403);
    });
  });
}
