// Acknowledged means durable: the server killed with SIGKILL in the middle of hundreds of concurrent
// escalating evaluations, then restarted on the same database and sent every request again.
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestStore, DIALECTS, type TestStore } from './databases.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

const REQUESTS = 400;
/** The kill comes when this many have been acknowledged: the rest are still in flight. */
const KILL_AFTER_ACKS = 60;
const adminKey = 'crash-test-admin-key-0123456789';

interface Reply {
  status: number;
  replayed: boolean;
  escalationId: string | null;
}

interface Outcome {
  reply?: Reply;
  error?: Error;
}

/** One POST over its own agent's sockets; a dropped connection rejects (no retry, no keep-alive reuse of a dead socket). */
function evaluate(agent: Agent, url: string, body: string, key: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/v1/evaluate`,
      {
        method: 'POST',
        agent,
        timeout: 120_000,
        headers: {
          authorization: `Bearer ${adminKey}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': key,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const parsed = JSON.parse(text) as { escalation?: { id?: string } | null };
            resolve({
              status: res.statusCode ?? 0,
              replayed: res.headers['idempotent-replay'] === 'true',
              escalationId: parsed.escalation?.id ?? null,
            });
          } catch (error) {
            reject(new Error(`HTTP ${res.statusCode}: not JSON: ${text.slice(0, 200)}`, { cause: error }));
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer in 120 s')));
    req.on('error', reject);
    req.end(body);
  });
}

const caseBody = (id: string): string =>
  JSON.stringify({
    id,
    turn: 1,
    ai: { confidence: 0.3 },
    conversation: [{ role: 'customer', text: 'I want to talk to a real person' }],
  });

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const servers: ServerProcess[] = [];
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await store.close();
    });

    it('kill -9 mid-flight: every 2xx survives the restart, no case escalates twice, retries keep the first answer', async () => {
      const cases = Array.from({ length: REQUESTS }, (_, i) => ({
        id: `crash-${i}`,
        key: `crash-key-${i}`,
        body: caseBody(`crash-${i}`),
      }));

      const first = await startServerProcess({ databaseUrl: store.url, adminKey });
      servers.push(first);
      const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
      const outcomes: Outcome[] = cases.map(() => ({}));
      let acks = 0;
      let pendingAtKill = -1;
      let settled = 0;
      const sent = cases.map((one, i) =>
        evaluate(agent, first.url, one.body, one.key).then(
          (reply) => {
            outcomes[i] = { reply };
            settled += 1;
            if (reply.status >= 200 && reply.status < 300) {
              acks += 1;
            }
            if (acks === KILL_AFTER_ACKS && pendingAtKill === -1) {
              pendingAtKill = REQUESTS - settled;
              first.child.kill('SIGKILL');
            }
          },
          (error: Error) => {
            outcomes[i] = { error };
            settled += 1;
          },
        ),
      );
      await Promise.all(sent);
      agent.destroy();
      if (pendingAtKill === -1) {
        first.child.kill('SIGKILL');
      }
      expect(await first.exited).toBe('SIGKILL');

      const acknowledged = cases
        .map((one, i) => ({ ...one, index: i, reply: outcomes[i]?.reply }))
        .filter((one) => one.reply !== undefined);
      const failed = outcomes.filter((outcome) => outcome.error !== undefined);
      // Before the kill the server answered only 201s; after it, only dropped connections.
      expect(acknowledged.map((one) => one.reply?.status)).toEqual(acknowledged.map(() => 201));
      expect(acknowledged.every((one) => one.reply?.escalationId !== null)).toBe(true);
      // The kill really came mid-flight: some were acknowledged, some were still waiting, some never got an answer.
      expect(pendingAtKill).toBeGreaterThan(0);
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      expect(failed.length).toBeGreaterThan(0);
      expect(acknowledged.length + failed.length).toBe(REQUESTS);

      const second = await startServerProcess({ databaseUrl: store.url, adminKey });
      servers.push(second);

      const escalations = await store.db.selectFrom('escalations').select(['id', 'case_id']).execute();
      const evaluations = await store.db
        .selectFrom('evaluations')
        .select(['case_id', 'turn', 'escalation_id'])
        .execute();
      const created = await store.db
        .selectFrom('events')
        .select('escalation_id')
        .where('type', '=', 'created')
        .execute();
      const escalationOf = new Map(escalations.map((row) => [row.case_id, row.id]));
      // Every acknowledged escalation is there, under its case and the id the client was given.
      for (const one of acknowledged) {
        expect(escalationOf.get(one.id), one.id).toBe(one.reply?.escalationId);
      }
      // None twice, and each escalation came with its evaluation and its opening event (one transaction).
      expect(escalationOf.size).toBe(escalations.length);
      expect(evaluations).toHaveLength(escalations.length);
      for (const evaluation of evaluations) {
        expect(evaluation.turn).toBe(1);
        expect(evaluation.escalation_id).toBe(escalationOf.get(evaluation.case_id));
      }
      expect(created.map((row) => row.escalation_id).sort()).toEqual(escalations.map((row) => row.id).sort());

      // Every request again, with its key, all at once: stored ones come back as they were, the rest open now.
      const retryAgent = new Agent({ keepAlive: true, maxSockets: Infinity });
      const retries = await Promise.all(
        cases.map((one) => evaluate(retryAgent, second.url, one.body, one.key)),
      );
      retryAgent.destroy();
      const storedBefore = new Set(escalations.map((row) => row.case_id));
      retries.forEach((reply, i) => {
        const one = cases[i];
        expect(reply.status, one?.id).toBe(storedBefore.has(one?.id ?? '') ? 200 : 201);
        expect(reply.replayed, one?.id).toBe(storedBefore.has(one?.id ?? ''));
      });
      for (const one of acknowledged) {
        expect(retries[one.index]?.escalationId, one.id).toBe(one.reply?.escalationId);
      }

      const after = await store.db.selectFrom('escalations').select(['id', 'case_id']).execute();
      const afterEvaluations = await store.db.selectFrom('evaluations').select('escalation_id').execute();
      expect(after).toHaveLength(REQUESTS);
      expect(new Set(after.map((row) => row.case_id)).size).toBe(REQUESTS);
      expect(afterEvaluations).toHaveLength(REQUESTS);
      const afterOf = new Map(after.map((row) => [row.case_id, row.id]));
      retries.forEach((reply, i) => {
        expect(reply.escalationId).toBe(afterOf.get(cases[i]?.id ?? ''));
      });
    }, 300_000);
  });
}
