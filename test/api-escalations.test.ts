// Working escalations over real HTTP on every database: the moves, routing and backfill, listing, auth, stream, health.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApiKey, hashKey, revokeApiKey } from '../src/services/keys/api-keys.js';
import {
  type ApiHarness,
  countRows,
  createKey,
  type Json,
  makeAvailable,
  startApi,
  t0,
} from './api-harness.js';
import { DIALECTS, makeTestStore } from './databases.js';
import { insertEvents } from '../src/store/queries/insert-event.js';

/** Teams that assign by hand, so each test decides who holds what. */
const workYaml = `handoff: 1
name: work
teams:
  - { id: desk, name: Desk, assignment: manual }
  - { id: billing, name: Billing, assignment: manual }
people:
  - { id: ana, name: Ana, teams: [desk] }
  - { id: ben, name: Ben, teams: [desk] }
  - { id: bora, name: Bora, teams: [billing] }
tiers:
  - { id: L1, name: Frontline, next: L2, criteria: needs an account change }
  - { id: L2, name: Specialists, next: L3 }
  - { id: L3, name: Experts }
risk:
  default: low
  levels:
    low: { threshold: 0.5 }
priorities:
  levels: [low, normal, high]
  default: normal
triggers:
  - id: human
    kind: human_request
    priority: high
  - id: invoice
    kind: keyword
    keywords: [invoice]
routes:
  - when: { trigger: [invoice] }
    team: billing
    tier: L1
default_route:
  team: desk
  tier: L1
`;

/** Round robin (one person never at work), least loaded with capacities, and a night team nobody staffs yet. */
const routingYaml = `handoff: 1
name: routing
teams:
  - { id: rr, name: Round robin, assignment: round_robin }
  - { id: ll, name: Least loaded, assignment: least_loaded }
  - { id: night, name: Night, assignment: least_loaded }
  - { id: solo, name: Solo, assignment: least_loaded }
  - { id: skilled, name: Skilled, assignment: skills }
  - { id: tiered, name: Tiered, assignment: least_loaded }
people:
  - { id: ana, name: Ana, teams: [rr] }
  - { id: ben, name: Ben, teams: [rr] }
  - { id: weekend, name: Weekend, teams: [rr], timezone: UTC, hours: { sat: ['00:00-24:00'] } }
  - { id: cem, name: Cem, teams: [rr] }
  - { id: dora, name: Dora, teams: [ll], capacity: 1 }
  - { id: eli, name: Eli, teams: [ll], capacity: 2 }
  - { id: nina, name: Nina, teams: [night], capacity: 1 }
  - { id: sol, name: Sol, teams: [solo], capacity: 1 }
  - { id: generalist, name: Generalist, teams: [skilled], skills: [en] }
  - { id: refunder, name: Refunder, teams: [skilled], skills: [en, refunds], capacity: 1 }
  - { id: first, name: First, teams: [tiered], tier: L1 }
  - { id: second, name: Second, teams: [tiered], tier: L2 }
tiers:
  - { id: L1, name: Frontline }
  - { id: L2, name: Specialists }
risk:
  default: low
  levels:
    low: { threshold: 0.5 }
priorities:
  levels: [normal, high]
  default: normal
triggers:
  - id: human
    kind: human_request
  - id: ll
    kind: keyword
    keywords: [invoice]
    route: { team: ll, tier: L1 }
  - id: night
    kind: keyword
    keywords: [midnight]
    route: { team: night, tier: L1 }
  - id: solo
    kind: keyword
    keywords: [solo]
    route: { team: solo, tier: L1 }
  - id: refund
    kind: keyword
    keywords: [refund]
    route: { team: skilled, tier: L1, skills: [refunds] }
  - id: tiered
    kind: keyword
    keywords: [tiered]
    route: { team: tiered, tier: L1 }
default_route:
  team: rr
  tier: L1
`;

let caseNumber = 0;
/** Opens one escalation through /v1/evaluate with a message that names what routes it. */
async function open(
  api: ApiHarness,
  text = 'I want to talk to a human',
  key = api.keys.agent,
): Promise<Json> {
  caseNumber += 1;
  const reply = await api.request('POST', '/v1/evaluate', {
    key,
    body: { id: `case-${caseNumber}`, turn: 1, conversation: [{ role: 'customer', text }] },
  });
  expect(reply.status).toBe(201);
  return reply.body.escalation;
}

const eventTypes = async (api: ApiHarness, id: string): Promise<string[]> =>
  (await api.request('GET', `/v1/escalations/${id}`, { key: api.keys.admin })).body.timeline.map(
    (event: { type: string }) => event.type,
  );

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    describe('moves on an escalation', () => {
      let api: ApiHarness;
      let ana: string;
      let ben: string;
      let bora: string;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: workYaml });
        [ana, ben, bora] = await Promise.all([
          api.keys.human('ana'),
          api.keys.human('ben'),
          api.keys.human('bora'),
        ]);
      });
      afterAll(() => api.close());

      const post = (id: string, action: string, key: string, body?: unknown) =>
        api.request('POST', `/v1/escalations/${id}/${action}`, { key, body });

      test('two people claim at once: exactly one wins, the other gets 409', async () => {
        const escalation = await open(api);
        expect(escalation).toMatchObject({ team: 'desk', assignee: null, status: 'new' });
        const replies = await Promise.all([
          post(escalation.id, 'claim', ana),
          post(escalation.id, 'claim', ben),
        ]);
        expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
        const winner = replies.find((reply) => reply.status === 200)?.body;
        const loser = replies.find((reply) => reply.status === 409)?.body;
        expect(loser.error.code).toBe('conflict');
        expect(winner).toMatchObject({
          status: 'in_progress',
          claimedAt: new Date(t0).toISOString(),
          version: 2,
        });
        const detail = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.admin });
        expect(detail.body.assignee).toBe(winner.assignee);
        expect(
          detail.body.timeline.filter((event: { type: string }) => event.type === 'claimed'),
        ).toHaveLength(1);
      });

      test('a stale If-Match is a conflict', async () => {
        const escalation = await open(api);
        await post(escalation.id, 'comments', ana, { body: 'looking', visibility: 'internal' });
        const stale = await api.request('POST', `/v1/escalations/${escalation.id}/claim`, {
          key: ana,
          headers: { 'if-match': '"1"' },
        });
        expect(stale.status).toBe(409);
        expect(stale.body.error.path).toBe('version');
      });

      test('every change takes If-Match: a stale one is a conflict and writes nothing, the current one works', async () => {
        const escalation = await open(api);
        const moved = await post(escalation.id, 'comments', ana, { body: 'looking', visibility: 'internal' });
        const changes: Array<[string, unknown]> = [
          ['comments', { body: 'stale note', visibility: 'internal' }],
          ['approval', { verdict: 'approved' }],
          ['claim', {}],
          ['transitions', { status: 'in_progress' }],
          ['tier-up', {}],
          ['reroute', { team: 'billing', reason: 'stale' }],
          ['resolve', { outcome: 'resolved' }],
          ['handback', {}],
        ];
        const before = await eventTypes(api, escalation.id);
        for (const [action, body] of changes) {
          const stale = await api.request('POST', `/v1/escalations/${escalation.id}/${action}`, {
            key: action === 'approval' ? api.keys.admin : ana,
            body,
            headers: { 'if-match': `"${escalation.version}"` },
          });
          expect([action, stale.status, stale.body.error?.path]).toEqual([action, 409, 'version']);
        }
        expect(await eventTypes(api, escalation.id)).toEqual(before);
        const current = await api.request('POST', `/v1/escalations/${escalation.id}/comments`, {
          key: ana,
          body: { body: 'fresh note', visibility: 'internal' },
          headers: { 'if-match': `"${moved.body.version}"` },
        });
        expect(current.status).toBe(200);
      });

      test('GET /v1/people: a person sees the people of their own teams, an admin everyone', async () => {
        const ids = async (key: string) => {
          const reply = await api.request('GET', '/v1/people', { key });
          expect(reply.status).toBe(200);
          return reply.body.items.map((person: { id: string }) => person.id);
        };
        expect(await ids(ana)).toEqual(['ana', 'ben']);
        expect(await ids(bora)).toEqual(['bora']);
        expect(await ids(api.keys.admin)).toEqual(['ana', 'ben', 'bora']);
        const openapi = await api.request('GET', '/openapi.json');
        expect(openapi.body.paths['/v1/people'].get.description).toContain('share a team');
      });

      test('assign: to a named person of the team, not to someone outside it', async () => {
        const escalation = await open(api);
        const reply = await post(escalation.id, 'assign', ana, { person: 'ben' });
        expect(reply.status).toBe(200);
        expect(reply.body).toMatchObject({
          assignee: 'ben',
          status: 'assigned',
          assignedAt: new Date(t0).toISOString(),
        });
        expect(reply.headers.get('etag')).toBe(`"${reply.body.version}"`);
        const outsider = await post(escalation.id, 'assign', api.keys.admin, { person: 'bora' });
        expect(outsider.status).toBe(422);
        expect(outsider.body.error.path).toBe('person');
        const nobody = await post(escalation.id, 'assign', api.keys.admin, { person: 'zed' });
        expect(nobody.status).toBe(404);
      });

      test('reroute: to another team with a reason, counted', async () => {
        const escalation = await open(api);
        const missing = await post(escalation.id, 'reroute', ana, { team: 'billing' });
        expect(missing.status).toBe(400);
        expect(missing.body.error.path).toBe('reason');
        const reply = await post(escalation.id, 'reroute', ana, {
          team: 'billing',
          reason: 'it is about an invoice',
        });
        expect(reply.status).toBe(200);
        expect(reply.body).toMatchObject({
          team: 'billing',
          tier: 'L1',
          rerouteCount: 1,
          tierChanges: 0,
          assignee: null,
        });
        const detail = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: bora });
        const rerouted = detail.body.timeline.find((event: { type: string }) => event.type === 'rerouted');
        expect(rerouted.data).toMatchObject({
          reason: 'it is about an invoice',
          from: { team: 'desk', tier: 'L1' },
          to: { team: 'billing', tier: 'L1' },
        });
        // Ana's team no longer owns it: to her it is not there.
        expect((await post(escalation.id, 'reroute', ana, { tier: 'L2', reason: 'x' })).status).toBe(404);
        const back = await post(escalation.id, 'reroute', bora, {
          team: 'desk',
          tier: 'L2',
          reason: 'not billing after all',
        });
        expect(back.body).toMatchObject({ team: 'desk', tier: 'L2', rerouteCount: 2, tierChanges: 1 });
      });

      test('tier up: L1 → L2 → L3, then 422 at the top', async () => {
        const escalation = await open(api);
        const first = await post(escalation.id, 'tier-up', ana, { reason: 'needs an account change' });
        expect(first.body).toMatchObject({ tier: 'L2', tierChanges: 1 });
        const second = await post(escalation.id, 'tier-up', ana);
        expect(second.body).toMatchObject({ tier: 'L3', tierChanges: 2 });
        const top = await post(escalation.id, 'tier-up', ana);
        expect(top.status).toBe(422);
        expect(top.body.error).toMatchObject({ code: 'unprocessable', path: 'tier' });
        const detail = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: ana });
        expect(detail.body.tier).toBe('L3');
        const changes = detail.body.timeline.filter(
          (event: { type: string }) => event.type === 'tier_changed',
        );
        expect(changes.map((event: Json) => [event.data.from.tier, event.data.to.tier])).toEqual([
          ['L1', 'L2'],
          ['L2', 'L3'],
        ]);
        expect(changes[0].data.criteria).toBe('needs an account change');
      });

      test('comments: an internal note is not a response; the first public reply sets firstResponseAt once', async () => {
        const escalation = await open(api);
        api.clock.advance(60_000);
        const note = await post(escalation.id, 'comments', ana, {
          body: 'checking the order',
          visibility: 'internal',
        });
        expect(note.status).toBe(200);
        expect(note.body.firstResponseAt).toBeNull();
        api.clock.advance(60_000);
        const reply = await post(escalation.id, 'comments', ana, {
          body: 'Hello, I am Ana and I am taking over.',
          visibility: 'public',
        });
        const answeredAt = new Date(api.clock.now).toISOString();
        expect(reply.body.firstResponseAt).toBe(answeredAt);
        api.clock.advance(60_000);
        const later = await post(escalation.id, 'comments', ben, {
          body: 'Anything else?',
          visibility: 'public',
        });
        expect(later.body.firstResponseAt).toBe(answeredAt);
        const detail = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.admin });
        const first = detail.body.timeline.filter(
          (event: { type: string }) => event.type === 'first_response',
        );
        expect(first).toEqual([expect.objectContaining({ data: { afterMs: 120_000 } })]);
        expect(
          detail.body.timeline.filter((event: { type: string }) => event.type === 'commented'),
        ).toHaveLength(3);
      });

      test('only an agent key relays customer messages: a person cannot pose as the customer', async () => {
        const escalation = await open(api);
        await post(escalation.id, 'transitions', ana, { status: 'waiting_on_customer' });
        for (const key of [ana, api.keys.admin]) {
          const posing = await post(escalation.id, 'comments', key, {
            body: 'thanks, solved',
            author: 'customer',
          });
          expect(posing.status).toBe(403);
          expect(posing.body.error).toMatchObject({ code: 'forbidden', path: 'author' });
        }
        const unchanged = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: ana });
        expect(unchanged.body.status).toBe('waiting_on_customer');
        expect(await eventTypes(api, escalation.id)).not.toContain('customer_replied');

        const relayed = await post(escalation.id, 'comments', api.keys.agent, {
          body: 'here is the receipt',
          author: 'customer',
        });
        expect(relayed.status).toBe(200);
        expect(relayed.body.status).toBe('in_progress');
        expect(await eventTypes(api, escalation.id)).toContain('customer_replied');
      });

      test('transitions: an allowed one moves; an invalid one is 422 naming the allowed statuses', async () => {
        const escalation = await open(api);
        const moved = await post(escalation.id, 'transitions', ana, {
          status: 'waiting_on_customer',
          note: 'asked for the receipt',
        });
        expect(moved.status).toBe(200);
        expect(moved.body.status).toBe('waiting_on_customer');
        const invalid = await post(escalation.id, 'transitions', ana, { status: 'pending_approval' });
        expect(invalid.status).toBe(422);
        expect(invalid.body.error).toMatchObject({ code: 'invalid_transition', path: 'status' });
        expect(invalid.body.error.message).toBe(
          'cannot move from waiting_on_customer to pending_approval; allowed: in_progress, assigned, resolved, closed, handed_back',
        );
        const unknown = await post(escalation.id, 'transitions', ana, { status: 'on_holiday' });
        expect(unknown.status).toBe(422);
        const after = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: ana });
        expect(after.body).toMatchObject({ status: 'waiting_on_customer', version: 2 });
      });

      test('resolve with an outcome, then reopen', async () => {
        const escalation = await open(api);
        await post(escalation.id, 'claim', ana);
        api.clock.advance(5_000);
        const resolved = await post(escalation.id, 'resolve', ana, {
          outcome: 'false_escalation',
          note: 'the AI had answered',
        });
        expect(resolved.status).toBe(200);
        expect(resolved.body).toMatchObject({
          status: 'resolved',
          outcome: 'false_escalation',
          resolvedAt: new Date(api.clock.now).toISOString(),
        });
        expect((await post(escalation.id, 'resolve', ana)).status).toBe(409);
        const badOutcome = await post(escalation.id, 'resolve', ana, { outcome: 'vanished' });
        expect(badOutcome.status).toBe(400);
        expect(badOutcome.body.error.path).toBe('outcome');

        const reopened = await post(escalation.id, 'reopen', ben, { reason: 'the customer wrote again' });
        expect(reopened.status).toBe(200);
        expect(reopened.body).toMatchObject({
          status: 'in_progress',
          outcome: null,
          resolvedAt: null,
          assignee: 'ana',
        });
        expect((await post(escalation.id, 'reopen', ben, { reason: 'again' })).status).toBe(409);
        const duplicate = await post(escalation.id, 'resolve', ben, { outcome: 'duplicate' });
        expect(duplicate.body).toMatchObject({ status: 'resolved', outcome: 'duplicate' });
        expect(await eventTypes(api, escalation.id)).toEqual([
          'created',
          'queued_for_team',
          'claimed',
          'status_changed',
          'resolved',
          'reopened',
          'resolved',
        ]);
      });

      test('hand back: the agent key that opened it may, another agent key may not', async () => {
        const escalation = await open(api);
        const refused = await post(escalation.id, 'handback', await createKey(api, 'agent'), {
          note: 'mine now',
        });
        expect(refused.status).toBe(404);
        expect(await eventTypes(api, escalation.id)).toEqual(['created', 'queued_for_team']);
        const reply = await post(escalation.id, 'handback', api.keys.agent, {
          note: 'customer left',
          instructions: 'offer a coupon',
        });
        expect(reply.status).toBe(200);
        expect(reply.body).toMatchObject({ status: 'handed_back', outcome: 'handed_back' });
        const detail = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.agent });
        expect(detail.body.timeline.at(-1)).toMatchObject({
          type: 'handed_back',
          data: { note: 'customer left', instructions: 'offer a coupon', from: 'new' },
        });
      });

      test('"not yours" and "not there" get the same answer on every route, whatever the state', async () => {
        const live = await open(api);
        const finished = await open(api);
        expect((await post(finished.id, 'resolve', ana)).status).toBe(200);
        const missing = '01KZZZZZZZZZZZZZZZZZZZZZZZ';
        const otherAgent = await createKey(api, 'agent');
        const bodies: Record<string, unknown> = {
          claim: {},
          assign: {},
          reroute: { team: 'billing', reason: 'x' },
          'tier-up': {},
          comments: { body: 'x' },
          transitions: { status: 'in_progress' },
          resolve: {},
          handback: {},
          reopen: { reason: 'x' },
          approval: { verdict: 'approved' },
        };
        /** The reply with the id taken out of it, to compare an existing escalation's with a missing one's. */
        const answer = async (method: string, id: string, key: string, action?: string) => {
          const reply =
            action === undefined
              ? await api.request(method, `/v1/escalations/${id}`, { key })
              : await post(id, action, key, bodies[action]);
          return { status: reply.status, body: JSON.parse(reply.text.replaceAll(id, '<id>')) };
        };
        for (const [who, key] of [
          ['a person of another team', bora],
          ['another agent key', otherAgent],
        ] as const) {
          for (const action of [undefined, ...Object.keys(bodies)]) {
            const method = action === undefined ? 'GET' : 'POST';
            const absent = await answer(method, missing, key, action);
            for (const escalation of [live, finished]) {
              const where = `${who}: ${method} ${action ?? ''} on ${escalation.status}`;
              expect({ where, ...(await answer(method, escalation.id, key, action)) }).toEqual({
                where,
                ...absent,
              });
            }
          }
        }
        const untouched = await api.request('GET', `/v1/escalations/${live.id}`, { key: api.keys.admin });
        expect(untouched.body).toMatchObject({ version: live.version, status: 'new' });
      });

      test('auth: no key 401, wrong scope 403, another team 404, an agent reads only what it opened', async () => {
        const escalation = await open(api);
        const none = await api.request('GET', `/v1/escalations/${escalation.id}`);
        expect(none.status).toBe(401);
        expect(none.body.error.code).toBe('unauthorized');
        expect((await api.request('GET', '/v1/escalations', { key: 'hk_admin_not-a-real-key' })).status).toBe(
          401,
        );
        expect(
          (
            await api.request('GET', '/v1/escalations', {
              headers: { authorization: `Basic ${api.keys.admin}` },
            })
          ).status,
        ).toBe(401);

        const agentClaims = await post(escalation.id, 'claim', api.keys.agent);
        expect(agentClaims.status).toBe(403);
        expect((await post(escalation.id, 'resolve', api.keys.agent)).status).toBe(403);
        expect((await api.request('GET', '/v1/people', { key: api.keys.agent })).status).toBe(403);

        expect((await api.request('GET', `/v1/escalations/${escalation.id}`, { key: bora })).status).toBe(
          404,
        );
        expect((await post(escalation.id, 'claim', bora)).status).toBe(404);
        expect((await post(escalation.id, 'claim', ana, { person: 'ben' })).status).toBe(403);

        const other = await createKey(api, 'agent');
        expect((await api.request('GET', `/v1/escalations/${escalation.id}`, { key: other })).status).toBe(
          404,
        );
        expect(
          (await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.agent })).status,
        ).toBe(200);
        const ownList = await api.request('GET', '/v1/escalations?limit=500', { key: other });
        expect(ownList.body.items).toEqual([]);
        const mine = await open(api, 'I want to talk to a human', other);
        const after = await api.request('GET', '/v1/escalations?limit=500', { key: other });
        expect(after.body.items.map((item: { id: string }) => item.id)).toEqual([mine.id]);

        // A revoked key stops working once the authenticator's 5 s cache has passed.
        const created = await createApiKey(api.store, { scope: 'agent', name: 'to-revoke' }, api.clock.now);
        expect((await api.request('GET', '/v1/escalations', { key: created.key })).status).toBe(200);
        await revokeApiKey(api.store, created.id, api.clock.now);
        api.clock.advance(5_001);
        const revoked = await api.request('GET', '/v1/escalations', { key: created.key });
        expect(revoked.status).toBe(401);
        expect(revoked.body.error.message).toBe('this key is unknown or revoked');
        // Stored hashed: the key itself is nowhere in the row.
        const row = await api.store.db
          .selectFrom('api_keys')
          .selectAll()
          .where('id', '=', created.id)
          .executeTakeFirstOrThrow();
        expect(row.key_hash).toBe(hashKey(created.key));
        expect(JSON.stringify(row)).not.toContain(created.key.slice(9));

        const boraList = await api.request('GET', '/v1/escalations?limit=500', { key: bora });
        expect(boraList.body.items.every((item: { team: string }) => item.team === 'billing')).toBe(true);
        const afterAll = await api.request('GET', `/v1/escalations/${escalation.id}`, {
          key: api.keys.admin,
        });
        expect(afterAll.body).toMatchObject({ version: 1, assignee: null, status: 'new' });
      });

      test('list: filters and cursor pagination visit every match once, newest first', async () => {
        const billing = [];
        for (let i = 0; i < 5; i += 1) {
          billing.push(await open(api, `invoice number ${i} is wrong`));
          if (i % 2 === 0) {
            api.clock.advance(1_000);
          }
        }
        await post(billing[1].id, 'claim', bora);
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: string = `/v1/escalations?team=billing&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`;
          const page = await api.request('GET', query, { key: bora });
          expect(page.status).toBe(200);
          expect(page.body.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.body.items.map((item: { id: string }) => item.id));
          cursor = page.body.nextCursor;
          pages += 1;
        } while (cursor !== null && pages < 10);
        const expected = [...billing]
          .sort((a, b) =>
            b.openedAt === a.openedAt ? (b.id < a.id ? -1 : 1) : b.openedAt < a.openedAt ? -1 : 1,
          )
          .map((item) => item.id);
        expect(seen).toEqual(expected);
        expect(pages).toBe(3);

        const claimed = await api.request('GET', '/v1/escalations?team=billing&status=in_progress', {
          key: api.keys.admin,
        });
        expect(claimed.body.items.map((item: { id: string }) => item.id)).toEqual([billing[1].id]);
        const byAssignee = await api.request('GET', '/v1/escalations?assignee=bora', { key: api.keys.admin });
        expect(byAssignee.body.items.map((item: { id: string }) => item.id)).toEqual([billing[1].id]);
        const high = await api.request('GET', '/v1/escalations?team=billing,desk&priority=high&limit=500', {
          key: api.keys.admin,
        });
        expect(high.body.items.length).toBeGreaterThan(0);
        expect(
          high.body.items.every(
            (item: { priority: string; team: string }) => item.priority === 'high' && item.team === 'desk',
          ),
        ).toBe(true);
        const tier = await api.request('GET', '/v1/escalations?tier=L3&limit=500', { key: api.keys.admin });
        expect(tier.body.items.every((item: { tier: string }) => item.tier === 'L3')).toBe(true);
        const bad = await api.request('GET', '/v1/escalations?cursor=bm9wZQ', { key: api.keys.admin });
        expect(bad.status).toBe(400);
        expect(bad.body.error.path).toBe('cursor');
      });

      test('list: opened_after, opened_before and updated_after filter by time; bad instants are 400', async () => {
        const iso = (ms: number) => new Date(ms).toISOString();
        api.clock.advance(60_000);
        const start = api.clock.now;
        const early = await open(api, 'invoice number 100 is wrong');
        api.clock.advance(60_000);
        const late = await open(api, 'invoice number 101 is wrong');
        api.clock.advance(60_000);
        expect((await post(early.id, 'claim', bora)).status).toBe(200);
        const ids = async (query: string) => {
          const reply = await api.request('GET', `/v1/escalations?limit=500&${query}`, {
            key: api.keys.admin,
          });
          expect(reply.status).toBe(200);
          return reply.body.items.map((item: { id: string }) => item.id);
        };
        expect(await ids(`opened_after=${iso(start)}`)).toEqual([late.id, early.id]);
        expect(await ids(`opened_after=${iso(start)}&opened_before=${iso(start + 60_000)}`)).toEqual([
          early.id,
        ]);
        expect(await ids(`opened_before=${iso(start)}&team=billing`)).not.toContain(early.id);
        expect(await ids(`updated_after=${iso(start + 120_000)}`)).toEqual([early.id]);
        expect(await ids(`opened_after=${encodeURIComponent('2026-11-18T15:01:00+03:00')}`)).toEqual(
          expect.arrayContaining([late.id, early.id]),
        );

        for (const [query, path] of [
          ['opened_after=yesterday', 'opened_after'],
          ['updated_after=2026-13-01T00:00:00Z', 'updated_after'],
          ['opened_before=2026-11-18', 'opened_before'],
          [`opened_after=${iso(start + 1)}&opened_before=${iso(start)}`, 'opened_after'],
          ['since=2026-11-18T00:00:00Z', ''],
        ] as const) {
          const reply = await api.request('GET', `/v1/escalations?${query}`, { key: api.keys.admin });
          expect(reply.status, query).toBe(400);
          expect(reply.body.error.code).toBe('bad_request');
          if (path !== '') {
            expect(reply.body.error.path, query).toBe(path);
          }
        }
      });

      test('/v1/stream delivers the timeline as server-sent events, only what the reader may see', async () => {
        const abort = new AbortController();
        const response = await fetch(`${api.url}/v1/stream`, {
          headers: { authorization: `Bearer ${ana}` },
          signal: abort.signal,
        });
        try {
          expect(response.status).toBe(200);
          expect(response.headers.get('content-type')).toBe('text/event-stream');
          const reader = (response.body as ReadableStream<Uint8Array>).getReader();
          const decoder = new TextDecoder();
          let text = '';
          const readUntil = async (needle: string) => {
            while (!text.includes(needle)) {
              const { value, done } = await reader.read();
              if (done) {
                throw new Error(`the stream ended before "${needle}": ${text}`);
              }
              text += decoder.decode(value, { stream: true });
            }
          };
          await readUntil(': connected');
          await open(api, 'my invoice is wrong');
          const desk = await open(api);
          await readUntil(`"escalationId":"${desk.id}"`);
          const frames = text.split('\n\n').filter((frame) => frame.startsWith('id: '));
          const first = frames[0] ?? '';
          expect(first).toMatch(/^id: \d+\nevent: created\ndata: /);
          const data = JSON.parse(first.slice(first.indexOf('data: ') + 6));
          expect(data).toMatchObject({ escalationId: desk.id, type: 'created', data: { team: 'desk' } });

          // Resuming with Last-Event-ID replays what came after, still filtered.
          const resumed = await fetch(`${api.url}/v1/stream`, {
            headers: { authorization: `Bearer ${ana}`, 'last-event-id': String(data.id - 1) },
            signal: abort.signal,
          });
          const resumedReader = (resumed.body as ReadableStream<Uint8Array>).getReader();
          let replay = '';
          while (!replay.includes('event: queued_for_team')) {
            const { value, done } = await resumedReader.read();
            if (done) {
              throw new Error(`the stream ended: ${replay}`);
            }
            replay += decoder.decode(value, { stream: true });
          }
          const replayed = replay.split('\n\n').find((frame) => frame.startsWith('id: ')) ?? '';
          expect(replayed.slice(0, replayed.indexOf('data: '))).toBe(first.slice(0, first.indexOf('data: ')));
          // The same event, read back from the database (PostgreSQL's jsonb may order keys differently).
          expect(JSON.parse(replayed.slice(replayed.indexOf('data: ') + 6))).toEqual(data);
        } finally {
          abort.abort();
        }
      });

      test('/v1/stream resumes across more than one page of backlog: every event after Last-Event-ID, in order', async () => {
        const desk = await open(api);
        const before = await api.store.db
          .selectFrom('events')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow();
        const many = 2_500;
        const ids = await api.store.transaction((trx) =>
          insertEvents(
            trx,
            Array.from({ length: many }, (_, i) => ({
              escalationId: desk.id,
              type: 'comment_added',
              actor: 'test',
              at: t0 + i,
              data: { n: i },
            })),
          ),
        );
        const abort = new AbortController();
        try {
          const resumed = await fetch(`${api.url}/v1/stream`, {
            headers: { authorization: `Bearer ${ana}`, 'last-event-id': String(before.id) },
            signal: abort.signal,
          });
          const reader = (resumed.body as ReadableStream<Uint8Array>).getReader();
          const decoder = new TextDecoder();
          let text = '';
          while (!text.includes(`id: ${ids.at(-1)}\n`)) {
            const { value, done } = await reader.read();
            if (done) {
              throw new Error('the stream ended');
            }
            text += decoder.decode(value, { stream: true });
          }
          const received = [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));
          expect(received).toEqual(ids);
          expect(text).not.toContain('event: gap');
        } finally {
          abort.abort();
        }
      });

      test('/healthz, /readyz, /metrics, /openapi.json and /docs', async () => {
        const health = await api.request('GET', '/healthz');
        expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
        const ready = await api.request('GET', '/readyz');
        expect(ready).toMatchObject({ status: 200, body: { status: 'ready', playbookVersion: 1 } });

        expect((await api.request('GET', '/metrics')).status).toBe(401);
        expect((await api.request('GET', '/metrics', { key: api.keys.agent })).status).toBe(403);
        const metrics = await api.request('GET', '/metrics', { key: api.keys.admin });
        expect(metrics.status).toBe(200);
        expect(metrics.headers.get('content-type')).toContain('text/plain');
        const escalations = await countRows(api.store, 'escalations');
        const total = [...metrics.text.matchAll(/^handoff_escalations\{[^}]*\} (\d+)$/gm)].reduce(
          (sum, match) => sum + Number(match[1]),
          0,
        );
        expect(total).toBe(escalations);
        expect(metrics.text).toMatch(/^handoff_evaluations_total\{action="escalate"\} \d+$/m);
        expect(metrics.text).toContain('# TYPE handoff_events_total counter');

        const openapi = await api.request('GET', '/openapi.json');
        expect(openapi.status).toBe(200);
        expect(openapi.body.openapi).toBe('3.1.0');
        expect(Object.keys(openapi.body.paths)).toEqual(
          expect.arrayContaining([
            '/v1/evaluate',
            '/v1/escalations',
            '/v1/escalations/{id}/claim',
            '/v1/people/{id}/availability',
            '/v1/stream',
          ]),
        );
        // The case is checked by the verb, not the route, and still documented.
        const caseSchema =
          openapi.body.paths['/v1/evaluate'].post.requestBody.content['application/json'].schema;
        expect(caseSchema.required).toContain('id');
        expect(Object.keys(caseSchema.properties)).toEqual(
          expect.arrayContaining(['id', 'turn', 'ai', 'conversation', 'customer']),
        );
        const docs = await api.request('GET', '/docs');
        expect(docs.status).toBe(200);
        expect(docs.text.toLowerCase()).toContain('<html');
      });
    });

    describe('routing and backfill', () => {
      let api: ApiHarness;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: routingYaml });
      });
      afterAll(() => api.close());

      test('least_loaded fills by load against capacity; when all are full the team owns it', async () => {
        await makeAvailable(api, 'dora', 'eli');
        const assignees = [];
        for (let i = 0; i < 4; i += 1) {
          assignees.push((await open(api, `invoice ${i}`)).assignee);
        }
        expect(assignees).toEqual(['dora', 'eli', 'eli', null]);
        const people = await api.request('GET', '/v1/people', { key: api.keys.admin });
        expect(
          people.body.items
            .filter((person: { teams: string[] }) => person.teams.includes('ll'))
            .map((person: Json) => [person.id, person.open, person.capacity]),
        ).toEqual([
          ['dora', 1, 1],
          ['eli', 2, 2],
        ]);
      });

      test('resolving frees capacity: the waiting escalation goes to that person in the same step', async () => {
        const waiting = await api.request('GET', '/v1/escalations?team=ll&status=new', {
          key: api.keys.admin,
        });
        expect(waiting.body.items).toHaveLength(1);
        const doras = await api.request('GET', '/v1/escalations?assignee=dora', { key: api.keys.admin });
        const resolved = await api.request('POST', `/v1/escalations/${doras.body.items[0].id}/resolve`, {
          key: await api.keys.human('dora'),
          body: { outcome: 'resolved' },
        });
        expect(resolved.status).toBe(200);
        const after = await api.request('GET', `/v1/escalations/${waiting.body.items[0].id}`, {
          key: api.keys.admin,
        });
        expect(after.body).toMatchObject({ assignee: 'dora', status: 'assigned' });
        expect(after.body.timeline.at(-1)).toMatchObject({ type: 'assigned', data: { assignee: 'dora' } });
      });

      test('nobody available: the team owns it; the first person to become available gets the oldest', async () => {
        const older = await open(api, 'help at midnight please');
        api.clock.advance(1_000);
        const newer = await open(api, 'midnight again');
        expect([older.assignee, newer.assignee, older.status]).toEqual([null, null, 'new']);
        expect(await eventTypes(api, older.id)).toEqual(['created', 'queued_for_team']);

        const available = await api.request('POST', '/v1/people/nina/availability', {
          key: await api.keys.human('nina'),
          body: { available: true },
        });
        expect(available.status).toBe(200);
        expect(available.body).toMatchObject({ id: 'nina', available: true, open: 1, capacity: 1 });
        const [first, second] = await Promise.all(
          [older, newer].map(
            async (escalation) =>
              (await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.admin })).body,
          ),
        );
        expect(first).toMatchObject({ assignee: 'nina', status: 'assigned' });
        expect(second).toMatchObject({ assignee: null, status: 'new' });
        const someoneElse = await api.request('POST', '/v1/people/nina/availability', {
          key: await api.keys.human('dora'),
          body: { available: false },
        });
        expect(someoneElse.status).toBe(403);
        const nobody = await api.request('POST', '/v1/people/nobody/availability', {
          key: await api.keys.human('dora'),
          body: { available: false },
        });
        expect({ status: nobody.status, body: nobody.body }).toEqual({
          status: someoneElse.status,
          body: someoneElse.body,
        });
      });

      test('escalations opened at once never push a person over capacity', async () => {
        await makeAvailable(api, 'sol');
        const opened = await Promise.all(Array.from({ length: 6 }, (_, i) => open(api, `solo ${i}`)));
        expect(opened.filter((escalation) => escalation.assignee === 'sol')).toHaveLength(1);
        const people = await api.request('GET', '/v1/people', { key: api.keys.admin });
        expect(people.body.items.find((person: { id: string }) => person.id === 'sol')).toMatchObject({
          open: 1,
          capacity: 1,
        });
      });

      test('skills: the best skill match first, then whoever can take it', async () => {
        await makeAvailable(api, 'generalist', 'refunder');
        const first = await open(api, 'I want a refund');
        const second = await open(api, 'another refund please');
        expect([first.assignee, second.assignee]).toEqual(['refunder', 'generalist']);
      });

      test("a person is picked only at the escalation's tier: tier up moves it to the L2 person", async () => {
        await makeAvailable(api, 'first', 'second');
        const escalation = await open(api, 'tiered question');
        expect(escalation).toMatchObject({ tier: 'L1', assignee: 'first' });
        const up = await api.request('POST', `/v1/escalations/${escalation.id}/tier-up`, {
          key: await api.keys.human('first'),
          body: { reason: 'needs a specialist' },
        });
        expect(up.body).toMatchObject({
          tier: 'L2',
          assignee: 'second',
          status: 'assigned',
          claimedAt: null,
        });
      });

      test('round robin takes turns among the available people at work', async () => {
        await makeAvailable(api, 'ana', 'ben', 'cem', 'weekend');
        const assignees = [];
        for (let i = 0; i < 6; i += 1) {
          assignees.push((await open(api)).assignee);
        }
        expect(assignees).toEqual(['ana', 'ben', 'cem', 'ana', 'ben', 'cem']);
        const together = await Promise.all(Array.from({ length: 6 }, () => open(api)));
        const turns = together.map((escalation) => escalation.assignee as string).sort();
        expect(turns).toEqual(['ana', 'ana', 'ben', 'ben', 'cem', 'cem']);
      });
    });

    test('rate limits count per key', async () => {
      const api = await startApi(dialect, {
        yaml: workYaml,
        rateLimitPerMinute: 3,
        authFailuresPerMinute: 3,
      });
      try {
        const statuses = [];
        for (let i = 0; i < 4; i += 1) {
          statuses.push((await api.request('GET', '/v1/escalations', { key: api.keys.admin })).status);
        }
        expect(statuses).toEqual([200, 200, 200, 429]);
        const limited = await api.request('GET', '/v1/escalations', { key: api.keys.admin });
        expect(limited.body.error).toMatchObject({ code: 'rate_limited', path: null });
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        // The same key spelled with padding is the same key: the limit counts the key, not the header.
        for (const padded of [
          `Bearer ${api.keys.admin} `,
          `Bearer ${api.keys.admin}      `,
          `Bearer  ${api.keys.admin}`,
        ]) {
          const reply = await api.request('GET', '/v1/escalations', { headers: { authorization: padded } });
          expect(reply.status).toBe(429);
        }
        expect((await api.request('GET', '/v1/escalations', { key: api.keys.agent })).status).toBe(200);
        expect((await api.request('GET', '/healthz')).status).toBe(200);
        // A flood of wrong keys is limited too, before any key is looked up.
        const guesses = [];
        for (let i = 0; i < 4; i += 1) {
          guesses.push((await api.request('GET', '/v1/escalations', { key: 'hk_admin_guess' })).status);
        }
        expect(guesses).toEqual([401, 401, 401, 429]);
      } finally {
        await api.close();
      }
    });

    test('failed authentications are limited per client address, whatever keys are guessed', async () => {
      const api = await startApi(dialect, { yaml: workYaml, authFailuresPerMinute: 60 });
      try {
        const statuses = new Map<number, number>();
        for (let i = 0; i < 500; i += 1) {
          const reply = await api.request('GET', '/v1/escalations', { key: `hk_admin_guess_${i}` });
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        }
        expect(Object.fromEntries(statuses)).toEqual({ 401: 60, 429: 440 });
        // Refused before any key is looked up: a real key from that address waits out the window too.
        const locked = await api.request('GET', '/v1/escalations', { key: api.keys.admin });
        expect(locked.status).toBe(429);
        expect(locked.body.error).toMatchObject({ code: 'rate_limited', path: null });
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await api.request('GET', '/v1/escalations')).status).toBe(429);
        api.clock.advance(60_000);
        expect((await api.request('GET', '/v1/escalations', { key: api.keys.admin })).status).toBe(200);
      } finally {
        await api.close();
      }
    });

    test('the server closes while a stream is still open, and the stream ends', async () => {
      const api = await startApi(dialect, { yaml: workYaml });
      let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
      try {
        const response = await fetch(`${api.url}/v1/stream`, {
          headers: { authorization: `Bearer ${api.keys.admin}` },
        });
        reader = (response.body as ReadableStream<Uint8Array>).getReader();
        expect(new TextDecoder().decode((await reader.read()).value)).toBe(': connected\n\n');
      } finally {
        await api.close();
      }
      expect((await reader.read()).done).toBe(true);
    });

    test('round robin remembers its place across a restart on the same database', async () => {
      const database = await makeTestStore(dialect);
      try {
        const first = await startApi(dialect, { yaml: routingYaml, reuse: database });
        const before = [];
        try {
          await makeAvailable(first, 'ana', 'ben', 'cem');
          for (let i = 0; i < 4; i += 1) {
            before.push((await open(first)).assignee);
          }
        } finally {
          await first.close();
        }
        expect(before).toEqual(['ana', 'ben', 'cem', 'ana']);
        const second = await startApi(dialect, { yaml: routingYaml, reuse: database });
        try {
          expect([(await open(second)).assignee, (await open(second)).assignee]).toEqual(['ben', 'cem']);
          expect(await countRows(second.store, 'playbook_versions')).toBe(1);
        } finally {
          await second.close();
        }
      } finally {
        await database.close();
      }
    });
  });
}
