// Outcomes and metrics over real HTTP on every database: escalations worked to an end, conversations the AI
// kept and reported, the report, its groups and CSV export, who sees what, and bad input.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, type Json, startApi, t0 } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml } from './escalation-fixtures.js';

const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString();

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    let ana: string;
    let bora: string;
    let ben: string;
    const ids = { first: '', second: '' };

    const evaluate = async (id: string, text: string, minutesBefore = 0) => {
      const reply = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: {
          id,
          turn: 1,
          conversation: [{ role: 'customer', text, at: iso(api.clock.now - minutesBefore * MIN) }],
        },
      });
      expect([200, 201]).toContain(reply.status);
      return reply.body as Json;
    };
    const post = async (id: string, action: string, key: string, body: unknown = {}) => {
      const reply = await api.request('POST', `/v1/escalations/${id}/${action}`, { key, body });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      return reply.body as Json;
    };
    const metrics = (query: string, key = api.keys.admin) =>
      api.request('GET', `/v1/metrics?${query}`, { key });
    const range = `from=${encodeURIComponent(iso(t0 - 60 * MIN))}&to=${encodeURIComponent(iso(t0 + 24 * 60 * MIN))}`;

    beforeAll(async () => {
      api = await startApi(dialect, { yaml: workYaml });
      [ana, bora, ben] = await Promise.all([
        api.keys.human('ana'),
        api.keys.human('bora'),
        api.keys.human('ben'),
      ]);
      // One resolved at first contact: asked 10 minutes before the trigger, answered after 30, resolved after 60.
      const first = await evaluate('m-1', 'I want to talk to a human', 10);
      ids.first = first.escalation.id;
      api.clock.advance(5 * MIN);
      await post(ids.first, 'claim', ana);
      api.clock.advance(25 * MIN);
      await post(ids.first, 'comments', ana, { body: 'On it', visibility: 'public' });
      api.clock.advance(30 * MIN);
      await post(ids.first, 'resolve', ana, { outcome: 'resolved' });
      // One rerouted to billing and found not to need a person.
      const second = await evaluate('m-2', 'I want to talk to a human');
      ids.second = second.escalation.id;
      await post(ids.second, 'claim', ana);
      await post(ids.second, 'reroute', ana, { team: 'billing', reason: 'an invoice' });
      api.clock.advance(10 * MIN);
      await post(ids.second, 'claim', bora);
      await post(ids.second, 'resolve', bora, { outcome: 'resolved' });
      // Two the AI kept: one it resolved in 7 minutes, one the customer complained about later.
      expect((await evaluate('k-1', 'what time do you open?')).decision.action).toBe('continue');
      expect((await evaluate('k-2', 'where is my parcel?')).decision.action).toBe('continue');
      // As if opened before facts were kept: the first report writes the missing facts first.
      await api.store.db.deleteFrom('escalation_facts').where('escalation_id', '=', ids.first).execute();
    });
    afterAll(() => api.close());

    test('the AI reports how kept conversations ended; the latest report wins', async () => {
      const report = (caseId: string, body: unknown, key = api.keys.agent) =>
        api.request('POST', `/v1/cases/${caseId}/outcome`, { key, body });
      expect((await report('k-1', { outcome: 'escalated_later', at: iso(api.clock.now) })).status).toBe(200);
      const latest = await report('k-1', { outcome: 'resolved_by_ai', at: iso(api.clock.now + 7 * MIN) });
      expect(latest.status).toBe(200);
      expect(latest.body).toMatchObject({ caseId: 'k-1', outcome: 'resolved_by_ai' });
      expect((await report('k-2', { outcome: 'customer_complained', at: iso(api.clock.now) })).status).toBe(
        200,
      );
    });

    test('an outcome for a case never evaluated is a 404 that says so; a bad one is a 400; a person may not report', async () => {
      const unknown = await api.request('POST', '/v1/cases/never-seen/outcome', {
        key: api.keys.agent,
        body: { outcome: 'resolved_by_ai', at: iso(t0) },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error).toMatchObject({ code: 'not_found', path: 'id' });
      expect(unknown.body.error.message).toContain('never-seen');
      const bad = await api.request('POST', '/v1/cases/k-1/outcome', {
        key: api.keys.agent,
        body: { outcome: 'great', at: iso(t0) },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.path).toBe('outcome');
      const noTime = await api.request('POST', '/v1/cases/k-1/outcome', {
        key: api.keys.agent,
        body: { outcome: 'reopened', at: 'yesterday' },
      });
      expect(noTime.status).toBe(400);
      const person = await api.request('POST', '/v1/cases/k-1/outcome', {
        key: ana,
        body: { outcome: 'reopened', at: iso(t0) },
      });
      expect(person.status).toBe(403);
    });

    test('the three headline metrics, rates and groups by team', async () => {
      const reply = await metrics(`${range}&group_by=team&tz=Europe/Istanbul`);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const body = reply.body as Json;
      expect(body).toMatchObject({ tz: 'Europe/Istanbul', interval: 'day', groupBy: 'team' });
      expect(body.headline.timeToFirstHumanResponse).toMatchObject({
        median: 30 * MIN,
        mean: 30 * MIN,
        businessMedian: 30 * MIN,
        count: 1,
      });
      expect(body.headline.resolutionTime.escalated.count).toBe(2);
      expect(body.headline.resolutionTime.escalated.p90).toBe(70 * MIN);
      expect(body.headline.resolutionTime.notEscalated).toMatchObject({ median: 7 * MIN, count: 1 });
      expect(body.headline.firstContactResolution).toEqual({ rate: 0.5, count: 2 });
      expect(body.rates).toMatchObject({
        evaluatedCases: 4,
        escalations: 2,
        escalationRate: 0.5,
        missedEscalations: 1,
        missedEscalationRate: 0.5,
        rerouteRate: 0.5,
      });
      expect(body.groups.map((group: Json) => group.key).sort()).toEqual(['billing', 'desk']);
      expect(body.series).toHaveLength(1);
      expect(body.series[0].at).toBe('2026-11-17T21:00:00.000Z');
      expect(body.backlog).toMatchObject({ open: 0, unassigned: 0 });
      expect(body.bottlenecks.byStatus.length).toBeGreaterThan(0);
    });

    test('an outcome changes after resolve with an event, and counts as a false escalation', async () => {
      const changed = await post(ids.second, 'outcome', bora, {
        outcome: 'false_escalation',
        note: 'not needed',
      });
      expect(changed.outcome).toBe('false_escalation');
      const detail = await api.request('GET', `/v1/escalations/${ids.second}`, { key: api.keys.admin });
      expect(detail.body.timeline.at(-1)).toMatchObject({
        type: 'outcome_changed',
        data: { from: 'resolved', to: 'false_escalation', note: 'not needed' },
      });
      const body = (await metrics(range)).body as Json;
      expect(body.rates.falseEscalationRate).toBe(0.5);
      expect(body.headline.firstContactResolution).toEqual({ rate: 1, count: 1 });
    });

    test('an open escalation has no outcome to change; an unknown outcome is a 400', async () => {
      const open = await evaluate('m-3', 'I want to talk to a human');
      const early = await api.request('POST', `/v1/escalations/${open.escalation.id}/outcome`, {
        key: ana,
        body: { outcome: 'duplicate' },
      });
      expect(early.status).toBe(409);
      const bad = await api.request('POST', `/v1/escalations/${ids.first}/outcome`, {
        key: ana,
        body: { outcome: 'meh' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.path).toBe('outcome');
      const backlog = ((await metrics(range)).body as Json).backlog;
      expect(backlog).toMatchObject({ open: 1, unassigned: 1 });
    });

    test('a person sees the escalations of their teams only; an agent key may not read metrics', async () => {
      const desk = (await metrics(range, ben)).body as Json;
      expect(desk.rates.escalations).toBe(2);
      const billing = (await metrics(range, bora)).body as Json;
      expect(billing.rates.escalations).toBe(1);
      expect((await metrics(range, api.keys.agent)).status).toBe(403);
    });

    test('the CSV export has one row per escalation with its facts', async () => {
      const reply = await api.request('GET', `/v1/metrics/export.csv?${range}`, { key: api.keys.admin });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toContain('text/csv');
      const lines = reply.text.trimEnd().split('\r\n');
      expect(lines[0]).toMatch(/^escalation_id,case_id,opened_at,/);
      expect(lines).toHaveLength(4);
      expect(lines.find((line) => line.startsWith(ids.first))).toContain(',1800000,');
    });

    test.each([
      ['group_by=colour', 'group_by'],
      [`from=${encodeURIComponent(iso(t0))}&to=${encodeURIComponent(iso(t0 - MIN))}`, 'from'],
      ['tz=Mars/Olympus', 'tz'],
      ['interval=week', 'interval'],
      [
        `from=${encodeURIComponent(iso(t0 - 40 * 86_400_000))}&to=${encodeURIComponent(iso(t0))}&interval=hour`,
        'to',
      ],
      ['from=yesterday', 'from'],
    ])('bad input %s is a 400 naming %s', async (query, path) => {
      const reply = await metrics(query);
      expect(reply.status).toBe(400);
      expect(reply.body.error).toMatchObject({ code: 'bad_request', path });
      expect(typeof reply.body.error.message).toBe('string');
    });
  });
}
