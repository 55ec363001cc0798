// Two nodes on one PostgreSQL database: a reader of /v1/stream on one node sees, live, the timeline events that
// the other node commits.
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { templateText } from '../src/services/playbooks/templates.js';
import { type RunningServer, startServer } from '../src/transports/server/start-server.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';

const ADMIN = 'stream-nodes-admin-key-0123456789';

// PostgreSQL only: on SQLite one process serves the file. Skipped only when postgres is left out of DIALECTS.
describe.skipIf(!DIALECTS.includes('postgres'))('postgres', () => {
  let database: TestStore;
  let nodes: RunningServer[] = [];
  beforeAll(async () => {
    database = await makeTestStore('postgres');
    const start = () =>
      startServer({
        databaseUrl: database.url,
        port: 0,
        seed: { yaml: templateText('customer-support'), source: 'template:customer-support' },
        adminKey: ADMIN,
        logger: pino({ level: 'silent' }),
        workers: false,
      });
    nodes = [await start(), await start()];
  });
  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.close()));
    await database.close();
  });

  /** Reads the stream until `done` says the text so far is enough, or `ms` pass. */
  async function readStream(
    url: string,
    done: (text: string) => boolean,
    ms: number,
  ): Promise<{ text: string; stop: () => void; ready: Promise<void> }> {
    const abort = new AbortController();
    const response = await fetch(`${url}/v1/stream`, {
      headers: { authorization: `Bearer ${ADMIN}` },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    if (response.body === null) {
      throw new Error('the stream has no body');
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const state = { text: '', stop: () => abort.abort(), ready: Promise.resolve() };
    const timer = setTimeout(() => abort.abort(), ms);
    let connected: () => void = () => undefined;
    state.ready = new Promise((resolve) => (connected = resolve));
    void (async () => {
      try {
        for (;;) {
          const { value, done: ended } = await reader.read();
          if (ended) {
            break;
          }
          state.text += decoder.decode(value, { stream: true });
          if (state.text.includes(': connected')) {
            connected();
          }
          if (done(state.text)) {
            break;
          }
        }
      } catch {
        // aborted
      } finally {
        clearTimeout(timer);
        abort.abort();
      }
    })();
    return state;
  }

  test('an escalation opened on node A reaches a stream reader on node B, live', async () => {
    const [a, b] = nodes as [RunningServer, RunningServer];
    let escalationId = '';
    const stream = await readStream(
      b.url,
      (text) => escalationId !== '' && text.includes(escalationId),
      10_000,
    );
    await stream.ready;
    const reply = await fetch(`${a.url}/v1/evaluate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'cross-node-1',
        turn: 1,
        conversation: [{ role: 'customer', text: 'I want to talk to a human, now.' }],
      }),
    });
    expect(reply.status).toBe(201);
    escalationId = ((await reply.json()) as { escalation: { id: string } }).escalation.id;
    const deadline = Date.now() + 10_000;
    while (!stream.text.includes(escalationId) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    stream.stop();
    expect(stream.text).toContain(`"escalationId":"${escalationId}"`);
    // Each node listens (live events and frequency counts alike) on one connection of its own. Only this file's
    // database counts: other files' nodes listen on the same PostgreSQL at the same time.
    const listening = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
      where application_name = 'handoff-listen' and datname = current_database()`.execute(database.db);
    expect(Number(listening.rows[0]?.n)).toBe(2);
    expect(stream.text).toMatch(/event: created\n/);
  });
});
