// Working escalations over real HTTP on every database: claim, assign, reroute, tier up, comment, transition, resolve, reopen, hand back, and the same answer for "not yours" and "not there".
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, createKey, type Json, startApi, t0 } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml, open, eventTypes } from './escalation-fixtures.js';

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
    });
  });
}
