// The playbook's `enrich:` step through the real server, on every real database, against a real local CRM: its fields
// reach triggers, routes and the escalation's context; answers are cached per node; a slow or failing CRM never
// blocks nor breaks an evaluation, and the decision says how the lookup went.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { type FakeCrm, startFakeCrm } from './fake-crm.js';
import { askForHuman, playbookYaml } from './playbook-fixtures.js';

const playbook = (crmUrl: string) =>
  playbookYaml({
    name: 'enrich',
    teams:
      '  - { id: desk, name: Desk, assignment: manual }\n  - { id: vip, name: VIP desk, assignment: manual }\n',
    triggers: `${askForHuman()}  - id: big-spender
    kind: customer
    where: [{ path: lifetime_value, gte: 10000 }]
    priority: high
`,
    routes: '  - { when: { customer_tier: [gold] }, team: vip }\n',
    rest: `enrich:
  url: ${crmUrl}/customers/{customer.id}
  header: { name: Authorization, value_env: TEST_CRM_AUTH }
  timeout_ms: 300
  cache_ttl: 10m
  fields: [tier, lifetime_value, segment]
  allow_private: true
`,
  });

for (const dialect of DIALECTS) {
  describe(`CRM enrichment (${dialect})`, () => {
    let api: ApiHarness;
    let crm: FakeCrm;
    let turn = 0;

    beforeAll(async () => {
      crm = await startFakeCrm({
        'C-GOLD': {
          record: { id: 'other', tier: 'gold', lifetime_value: 52_000, segment: 'enterprise', ssn: 'x' },
        },
        'C-PLAIN': { record: { tier: 'bronze', lifetime_value: 40 } },
        'C-DOWN': { status: 500 },
        'C-SLOW': { hang: true },
      });
      process.env.TEST_CRM_AUTH = 'Bearer crm-test-key';
      api = await startApi(dialect, { yaml: playbook(crm.url) });
    });
    afterAll(async () => {
      await api.close();
      await crm.close();
    });

    const contextOf = async (id: string) =>
      (await api.request('GET', `/v1/escalations/${id}`, { key: api.keys.admin })).body.context;

    const evaluate = (customer: string, text = 'hello') => {
      turn += 1;
      return api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: {
          id: `enrich-${customer}-${turn}`,
          turn: 1,
          customer: { id: customer },
          conversation: [{ role: 'customer', text }],
        },
      });
    };

    test('the CRM fields fire a customer trigger, pick the route, and travel in the context', async () => {
      const reply = await evaluate('C-GOLD');
      expect(reply.status).toBe(201);
      const { decision, escalation } = reply.body;
      expect(decision.enrichment).toEqual({ status: 'ok', fields: ['tier', 'lifetime_value', 'segment'] });
      expect(decision.action).toBe('escalate');
      expect(decision.reasons.map((reason: { trigger: string }) => reason.trigger)).toEqual(['big-spender']);
      expect(decision.route.team).toBe('vip');
      expect((await contextOf(escalation.id)).case.customer).toEqual({
        id: 'C-GOLD',
        tier: 'gold',
        lifetime_value: 52_000,
        segment: 'enterprise',
      });
      expect(crm.lastHeaders?.authorization).toBe('Bearer crm-test-key');
    });

    test('the same customer again is answered from the cache until its TTL has passed', async () => {
      const first = await evaluate('C-PLAIN');
      expect(first.body.decision.enrichment.status).toBe('ok');
      expect(crm.count('C-PLAIN')).toBe(1);
      const again = await evaluate('C-PLAIN');
      expect(again.body.decision.enrichment).toEqual({
        status: 'cached',
        fields: ['tier', 'lifetime_value'],
      });
      expect(crm.count('C-PLAIN')).toBe(1);
      api.clock.advance(11 * 60_000);
      const later = await evaluate('C-PLAIN');
      expect(later.body.decision.enrichment.status).toBe('ok');
      expect(crm.count('C-PLAIN')).toBe(2);
    });

    test('a CRM that never answers: the evaluation answers after the timeout, decided without it', async () => {
      const reply = await evaluate('C-SLOW', 'I want to talk to a human');
      expect(reply.status).toBe(201);
      expect(reply.body.decision.enrichment).toEqual({
        status: 'timeout',
        detail: 'no answer within 300 ms',
      });
      expect(reply.body.decision.route.team).toBe('desk');
      expect((await contextOf(reply.body.escalation.id)).case.customer).toEqual({ id: 'C-SLOW' });
    });

    test('a failing CRM: decided without it, and the decision says so', async () => {
      const reply = await evaluate('C-DOWN');
      expect(reply.status).toBe(200);
      expect(reply.body.decision).toMatchObject({
        action: 'continue',
        enrichment: { status: 'error', detail: 'the CRM answered HTTP 500' },
      });
    });

    test('a case without customer.id is not looked up', async () => {
      turn += 1;
      const reply = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: { id: `enrich-none-${turn}`, conversation: [{ role: 'customer', text: 'hi' }] },
      });
      expect(reply.body.decision.enrichment).toEqual({
        status: 'skipped',
        detail: 'the case has no customer.id',
      });
    });
  });
}
