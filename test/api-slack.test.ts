// Slack's requests through the real HTTP server, on every real database: buttons and /handoff commands signed by
// the fake Slack act as the person behind the Slack user, with their rights; forged, stale or unknown: refused,
// nothing written.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, countRows, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { type FakeSlack, slackSignature, startFakeSlack } from './fake-slack.js';
import { slackYaml } from './slack-fixtures.js';

const secret = 'test-signing-secret-8f2c';

for (const dialect of DIALECTS) {
  describe(`Slack requests (${dialect})`, () => {
    let api: ApiHarness;
    let fake: FakeSlack;
    let caseNumber = 0;

    beforeAll(async () => {
      fake = await startFakeSlack({ users: [{ id: 'U0CEM', email: 'cem@example.com' }] });
      process.env.TEST_SLACK_SIGNING_SECRET = secret;
      process.env.TEST_SLACK_TOKEN = fake.token;
      process.env.HANDOFF_SLACK_API_URL = fake.apiUrl;
      api = await startApi(dialect, { yaml: slackYaml });
    });
    afterAll(async () => {
      await api.close();
      await fake.close();
    });

    const actions = () => `${api.url}/integrations/slack/actions`;
    const commands = () => `${api.url}/integrations/slack/commands`;
    const now = () => Math.floor(api.clock.now / 1000);

    async function openEscalation(): Promise<string> {
      caseNumber += 1;
      const reply = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: {
          id: `slack-${caseNumber}`,
          conversation: [{ role: 'customer', text: 'I want to talk to a human' }],
        },
      });
      expect(reply.status).toBe(201);
      return reply.body.escalation.id;
    }

    const read = async (id: string) =>
      (await api.request('GET', `/v1/escalations/${id}`, { key: api.keys.admin })).body;

    const click = (
      user: string,
      actionId: string,
      value: string,
      extra: { timestamp?: number; signature?: string } = {},
    ) => fake.click(actions(), { secret, user, actionId, value, timestamp: now(), ...extra });

    test('Claim clicked by a person known by slack_user claims it as that person, answered ephemerally', async () => {
      const id = await openEscalation();
      const reply = await click('U0ANA', 'handoff_claim', id);
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ response_type: 'ephemeral', text: `You claimed escalation ${id}.` });
      const escalation = await read(id);
      expect(escalation.assignee).toBe('ana');
      const claimed = escalation.timeline.find((event: { type: string }) => event.type === 'claimed');
      expect(claimed).toMatchObject({ actor: 'slack:ana', data: { assignee: 'ana' } });
      // Slack shows a block action's reply through its response_url.
      await expect
        .poll(() => fake.responses)
        .toContainEqual({
          response_type: 'ephemeral',
          text: `You claimed escalation ${id}.`,
          replace_original: false,
        });
    });

    test('a Slack user without slack_user is found by the e-mail Slack gives for them', async () => {
      const id = await openEscalation();
      const reply = await click('U0CEM', 'handoff_claim', id);
      expect(reply.body.text).toBe(`You claimed escalation ${id}.`);
      expect((await read(id)).assignee).toBe('cem');
      expect(fake.calls.filter((call) => call.method === 'users.info' && call.authorized)).not.toHaveLength(
        0,
      );
    });

    test('Resolve ends it as that person', async () => {
      const id = await openEscalation();
      await click('U0ANA', 'handoff_claim', id);
      const reply = await click('U0ANA', 'handoff_resolve', id);
      expect(reply.body.text).toBe(`You resolved escalation ${id}.`);
      expect((await read(id)).status).toBe('resolved');
    });

    test('the Open button (a link) is acknowledged with nothing written', async () => {
      const id = await openEscalation();
      const before = await countRows(api.store, 'events');
      const reply = await click('U0ANA', 'handoff_open', id);
      expect(reply.status).toBe(200);
      expect(reply.text).toBe('');
      expect(await countRows(api.store, 'events')).toBe(before);
    });

    describe('refusals write nothing', () => {
      let id: string;
      let before: number;
      beforeAll(async () => {
        id = await openEscalation();
        before = await countRows(api.store, 'events');
      });

      test('a forged signature is 401 with the error body', async () => {
        const reply = await click('U0ANA', 'handoff_claim', id, {
          signature: slackSignature('not-the-secret', now(), 'x'),
        });
        expect(reply.status).toBe(401);
        expect(reply.body).toEqual({
          error: { code: 'unauthorized', message: expect.any(String), path: 'x-slack-signature' },
        });
        const command = await fake.command(commands(), {
          secret: 'wrong',
          user: 'U0ANA',
          text: 'claim ' + id,
          timestamp: now(),
        });
        expect(command.status).toBe(401);
      });

      test('a stale timestamp is 401, even with a valid signature for it', async () => {
        const reply = await click('U0ANA', 'handoff_claim', id, { timestamp: now() - 6 * 60 });
        expect(reply.status).toBe(401);
        expect(reply.body.error).toMatchObject({ code: 'unauthorized', path: 'x-slack-request-timestamp' });
        const ahead = await click('U0ANA', 'handoff_claim', id, { timestamp: now() + 6 * 60 });
        expect(ahead.status).toBe(401);
      });

      test('a Slack user Handoff does not know gets an ephemeral refusal', async () => {
        const reply = await click('U0STRANGER', 'handoff_claim', id);
        expect(reply.status).toBe(200);
        expect(reply.body.response_type).toBe('ephemeral');
        expect(reply.body.text).toContain('does not know your Slack user');
      });

      test('someone who may not claim it (another team) gets an ephemeral refusal', async () => {
        const reply = await click('U0BORA', 'handoff_claim', id);
        expect(reply.status).toBe(200);
        expect(reply.body.text).toContain(`You cannot claim escalation ${id}`);
      });

      test('a malformed payload is 400 after the signature is checked', async () => {
        const body = 'payload=%7Bnot-json';
        const response = await fetch(actions(), {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-slack-request-timestamp': String(now()),
            'x-slack-signature': slackSignature(secret, now(), body),
          },
          body,
        });
        expect(response.status).toBe(400);
        expect(((await response.json()) as { error: { path: string } }).error.path).toBe('payload');
      });

      test('nothing was written by any of them', async () => {
        expect(await countRows(api.store, 'events')).toBe(before);
        expect((await read(id)).assignee).toBeNull();
      });
    });

    describe('/handoff', () => {
      const run = (user: string, text: string) =>
        fake.command(commands(), { secret, user, text, timestamp: now() });

      test('claim ID claims as the person; mine lists their open escalations', async () => {
        const id = await openEscalation();
        expect((await run('U0ANA', `claim ${id}`)).body).toEqual({
          response_type: 'ephemeral',
          text: `You claimed escalation ${id}.`,
        });
        const mine = await run('U0ANA', 'mine');
        expect(mine.body.response_type).toBe('ephemeral');
        expect(mine.body.text).toContain(id);
        expect((await run('U0BORA', 'mine')).body.text).toBe('You hold no open escalations.');
      });

      test('oncall names who is on call now', async () => {
        const reply = await run('U0ANA', 'oncall');
        expect(reply.body.text).toMatch(/desk-primary \(team desk\): (ana|ben) until/);
      });

      test('help, nothing, and an unknown subcommand answer with the usage', async () => {
        for (const text of ['help', '', 'dance now']) {
          const reply = await run('U0ANA', text);
          expect(reply.status).toBe(200);
          expect(reply.body.response_type).toBe('ephemeral');
          expect(reply.body.text).toContain('Usage: /handoff');
        }
      });

      test('a command from an unknown Slack user is refused, nothing written', async () => {
        const id = await openEscalation();
        const before = await countRows(api.store, 'events');
        expect((await run('U0STRANGER', `claim ${id}`)).body.text).toContain('does not know your Slack user');
        expect(await countRows(api.store, 'events')).toBe(before);
      });
    });
  });
}
