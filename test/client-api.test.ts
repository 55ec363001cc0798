// The TypeScript client against a real `handoff serve` process on each database: typed answers and errors, safe
// retries with idempotency keys, cursors followed, and the live stream resumed after a dropped connection.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandoffClient, HandoffClientError, type StreamMessage } from '../src/client/handoff-client.js';
import { createApiKey } from '../src/services/keys/api-keys.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { startFlakyProxy } from './client-proxy.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

const adminKey = 'hk_test_client_admin_key';
const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
/** The client step of the README's tour (in "The server", before "The playbook"). */
const tourStep = /```js\n([\s\S]*?)```/.exec(
  readme.slice(readme.indexOf('### The server'), readme.indexOf('## The playbook')),
)?.[1];

const caseOf = (id: string, text = 'I want to cancel, let me talk to a real person') => ({
  id,
  turn: 1,
  customer: { id: 'C-7', tier: 'gold' },
  conversation: [{ role: 'customer' as const, text }],
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let server: ServerProcess;
    const newAgentKey = async () =>
      (await createApiKey(store, { scope: 'agent', name: 'chatbot' }, Date.now())).key;

    beforeAll(async () => {
      store = await makeTestStore(dialect);
      server = await startServerProcess({ databaseUrl: store.url, adminKey });
    });
    afterAll(async () => {
      await server?.stop();
      await store?.close();
    });

    it('evaluates a turn, opens an escalation, and a second ask returns the first answer', async () => {
      const client = new HandoffClient({ baseUrl: server.url, key: await newAgentKey() });
      const first = await client.evaluate(caseOf('conv-client-1'));
      expect(first.decision.action).toBe('escalate');
      expect(first.escalation?.team).toBe('retention');
      expect(first.replayed).toBe(false);
      const again = await client.evaluate(caseOf('conv-client-1'));
      expect(again.replayed).toBe(true);
      expect(again.escalation?.id).toBe(first.escalation?.id);
      const read = await client.getEscalation(first.escalation?.id ?? '');
      expect(read.caseId).toBe('conv-client-1');
      expect(read.timeline.map((event) => event.type)).toContain('created');
    });

    it("the README tour's client step runs as written and prints what it shows", async () => {
      expect(tourStep).toBeDefined();
      const script = (tourStep ?? '').replace('http://localhost:3000', server.url);
      const shown = /\/\/ (.+)\n$/.exec(tourStep ?? '')?.[1];
      // Run from the top of the clone, where 'handoff/client' resolves to this package, as the README says.
      const stdout = await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ['--input-type=module', '-e', script],
          { cwd: root, env: { ...process.env, KEY: adminKey } },
          (error, out, stderr) => (error === null ? resolve(out) : reject(new Error(stderr))),
        ),
      );
      expect(stdout.trim()).toBe(shown);
    });

    it('errors carry the API code, message, path and status', async () => {
      const client = new HandoffClient({ baseUrl: server.url, key: await newAgentKey() });
      const error = await client
        .evaluate({ id: 'conv-bad', turn: 1, sentiment: 7 } as never)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(HandoffClientError);
      expect(error).toMatchObject({ code: 'invalid_case', status: 400, path: 'sentiment' });

      const missing = await client.getEscalation('no-such-id').catch((caught: unknown) => caught);
      expect(missing).toMatchObject({ code: 'not_found', status: 404, path: 'id' });
      const wrongKey = new HandoffClient({ baseUrl: server.url, key: 'hk_nobody' });
      await expect(wrongKey.listEscalations()).rejects.toMatchObject({ code: 'unauthorized', status: 401 });
    });

    it('a lost answer is retried with the same Idempotency-Key: one escalation, never two', async () => {
      let lost = 0;
      const proxy = await startFlakyProxy(server.url, (request) =>
        request.method === 'POST' && lost++ === 0 ? 'lose-answer' : 'forward',
      );
      try {
        const key = await newAgentKey();
        const client = new HandoffClient({ baseUrl: proxy.url, key, retryDelayMs: 1 });
        const opened = await client.openEscalation({
          case: caseOf('conv-client-retry', 'my card was charged twice'),
          reason: { category: 'tool_failure', detail: 'the refund tool failed twice' },
        });
        const posts = proxy.seen.filter((request) => request.method === 'POST');
        expect(posts).toHaveLength(2);
        expect(posts[0]?.headers['idempotency-key']).toBeDefined();
        expect(posts[1]?.headers['idempotency-key']).toBe(posts[0]?.headers['idempotency-key']);
        const direct = new HandoffClient({ baseUrl: server.url, key });
        const mine = await direct.listEscalations({ case_id: 'conv-client-retry' });
        expect(mine.items.map((escalation) => escalation.id)).toEqual([opened.id]);
      } finally {
        await proxy.close();
      }
    });

    it('a refused request (503) is tried again; a write without a key is not retried after a lost answer', async () => {
      let refused = 0;
      const proxy = await startFlakyProxy(server.url, (request) =>
        request.method === 'GET' && refused++ < 2
          ? 'unavailable'
          : request.method === 'POST'
            ? 'lose-answer'
            : 'forward',
      );
      try {
        const agent = new HandoffClient({ baseUrl: server.url, key: await newAgentKey() });
        const { escalation } = await agent.evaluate(caseOf('conv-client-503'));
        const admin = new HandoffClient({ baseUrl: proxy.url, key: adminKey, retryDelayMs: 1 });
        const read = await admin.getEscalation(escalation?.id ?? '');
        expect(read.id).toBe(escalation?.id);
        expect(proxy.seen.filter((request) => request.method === 'GET')).toHaveLength(3);
        // A comment has no idempotency key: after a lost answer it may have been written, so it is not sent again.
        const lostComment = await admin
          .comment(escalation?.id ?? '', { body: 'looking into it', visibility: 'internal' })
          .catch((caught: unknown) => caught);
        expect(lostComment).toMatchObject({ code: 'network', status: 0 });
        expect(proxy.seen.filter((request) => request.method === 'POST')).toHaveLength(1);
      } finally {
        await proxy.close();
      }
    });

    it('follows the cursor page after page', async () => {
      const client = new HandoffClient({ baseUrl: server.url, key: await newAgentKey() });
      const opened: string[] = [];
      for (let index = 0; index < 5; index += 1) {
        const escalation = await client.openEscalation({
          case: caseOf(`conv-client-page-${index}`, 'where is my order'),
          reason: { category: 'missing_knowledge', detail: 'no answer in the knowledge base' },
        });
        opened.push(escalation.id);
      }
      const seen: string[] = [];
      for await (const escalation of client.escalations({ limit: 2 })) {
        seen.push(escalation.id);
      }
      expect(seen.toSorted()).toEqual(opened.toSorted());
      expect((await client.listEscalations({ limit: 2 })).nextCursor).not.toBeNull();
    });

    it('the stream resumes after a dropped connection with Last-Event-ID: nothing lost, nothing twice', async () => {
      let connections = 0;
      const proxy = await startFlakyProxy(server.url, (request) =>
        request.url?.startsWith('/v1/stream') === true && connections++ === 0 ? 'cut-stream' : 'forward',
      );
      const abort = new AbortController();
      try {
        const agent = new HandoffClient({ baseUrl: server.url, key: await newAgentKey() });
        const watcher = new HandoffClient({ baseUrl: proxy.url, key: adminKey, retryDelayMs: 1 });
        // Read from the last event there is, so nothing committed while the stream connects is missed.
        const before = await agent.evaluate(caseOf('conv-client-stream-0'));
        const admin = new HandoffClient({ baseUrl: server.url, key: adminKey });
        const lastEventId = Math.max(
          ...(await admin.getEscalation(before.escalation?.id ?? '')).timeline.map((event) => event.id),
        );
        const received: StreamMessage[] = [];
        let resolveDone: () => void = () => undefined;
        const done = new Promise<void>((resolve) => (resolveDone = resolve));
        const reading = (async () => {
          for await (const message of watcher.stream({ lastEventId, signal: abort.signal })) {
            received.push(message);
            if (received.filter((m) => m.type === 'event' && m.event.type === 'created').length >= 2) {
              resolveDone();
            }
          }
        })();
        const first = await agent.evaluate(caseOf('conv-client-stream-1'));
        // The first connection was cut after its first event; the second resumes after it.
        await waitFor(() => proxy.seen.length >= 2);
        const second = await agent.evaluate(caseOf('conv-client-stream-2'));
        await done;
        abort.abort();
        await reading;
        const ids = received.flatMap((message) => (message.type === 'event' ? [message.event.id] : []));
        expect(new Set(ids).size).toBe(ids.length);
        const escalations = received.flatMap((message) =>
          message.type === 'event' && message.event.type === 'created' ? [message.event.escalationId] : [],
        );
        expect(escalations).toEqual([first.escalation?.id, second.escalation?.id]);
        const resumed = proxy.seen[1]?.headers['last-event-id'];
        // It resumed after an event it had received (the cut may let more than one through, in one chunk).
        expect(ids).toContain(Number(resumed));
        // Everything of the first escalation committed before the cut arrived after the reconnection.
        const timeline = await admin.getEscalation(first.escalation?.id ?? '');
        for (const event of timeline.timeline) {
          expect(ids).toContain(event.id);
        }
      } finally {
        abort.abort();
        await proxy.close();
      }
    });
  });
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; !condition(); tries += 1) {
    if (tries > 400) {
      throw new Error('waited in vain');
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
