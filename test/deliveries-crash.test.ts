// Deliveries survive `kill -9`: a node killed while webhooks are in flight, and every outbox row still reaches the
// receiver; a message that arrives twice carries the same id both times. On SQLite the node is restarted on the
// same file; on PostgreSQL a second node shares the database and finishes what the killed one held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import { generateWebhookSecret } from '../src/runtime/deliveries/standard-webhooks.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { type ServerProcess, startServerProcess } from './server-process.js';
import { asksForHuman, openEscalations, pause, writePlaybookFile } from './sla-timer-fixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const ESCALATIONS = 30;
/** Attempts a node keeps in flight to one endpoint (the deliveries worker's default). */
const PER_ENDPOINT = 4;
const adminKey = 'deliveries-crash-admin-key-0123456789';
const secret = generateWebhookSecret();

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let receiver: WebhookReceiver;
    let playbook: Awaited<ReturnType<typeof writePlaybookFile>>;
    const servers: ServerProcess[] = [];

    beforeAll(async () => {
      store = await makeTestStore(dialect);
      // No answer until the kill: whatever the killed node sent is certainly still in flight when it dies.
      receiver = await startWebhookReceiver({ secrets: [secret], hold: true });
      playbook = await writePlaybookFile(`${validYaml}integrations:
  webhooks:
    - { id: ops, url: "${receiver.url}", secret_env: HOOK_SECRET, events: ["*"], allow_private: true }
`);
    });
    afterAll(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await receiver?.close();
      await store?.close();
      await playbook?.remove();
    });

    const start = async (): Promise<ServerProcess> => {
      const server = await startServerProcess({
        databaseUrl: store.url,
        adminKey,
        playbook: playbook.file,
        // A short lease, so what the killed node held is taken again within the test.
        env: { HOOK_SECRET: secret, HANDOFF_DELIVERY_LEASE: '2s' },
      });
      servers.push(server);
      return server;
    };

    /** Waits until no outbox row is waiting; returns every row's id and status. */
    const settled = async (server: ServerProcess) => {
      const deadline = Date.now() + 90_000;
      for (;;) {
        const rows = await store.db.selectFrom('outbox').select(['id', 'status', 'endpoint']).execute();
        if (rows.length > 0 && rows.every((row) => row.status !== 'pending')) {
          return rows;
        }
        if (Date.now() > deadline) {
          throw new Error(`deliveries still waiting after 90 s:\n${server.stderr()}`);
        }
        await pause(100);
      }
    };

    it('a node killed mid-delivery: every row is delivered, duplicates carry the same id', async () => {
      const first = await start();
      const second = dialect === 'postgres' ? await start() : undefined;
      const caseIds = Array.from({ length: ESCALATIONS }, (_, i) => `crash-${dialect}-${i}`);
      // Requests the kill cuts off fail; they are made again below.
      const opening = openEscalations(
        second === undefined ? [first.url] : [first.url, second.url],
        adminKey,
        caseIds,
        4,
      ).catch(() => undefined);
      // A node holds at most PER_ENDPOINT unanswered requests, so one more than the other node can hold means
      // the node about to be killed has at least one in flight.
      await receiver.waitFor(second === undefined ? 1 : PER_ENDPOINT + 1);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      receiver.release();
      // Requests the killed node was answering fail; open those cases through the node that is left.
      const survivor = second ?? (await start());
      await opening;
      // Again through the node that is left: a case already decided answers 200 with its first decision.
      for (const caseId of caseIds) {
        const response = await fetch(`${survivor.url}/v1/evaluate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
          body: asksForHuman(caseId),
        });
        expect([200, 201]).toContain(response.status);
        await response.arrayBuffer();
      }

      const rows = await settled(survivor);
      expect(rows.every((row) => row.status === 'delivered')).toBe(true);
      const ids = new Set(rows.map((row) => row.id));
      // Something was in flight when the node died, and was sent again under its id.
      expect(receiver.received.length).toBeGreaterThan(ids.size);
      const verified = receiver.received.filter((request) => request.verified);
      expect(verified).toHaveLength(receiver.received.length);
      // Every row arrived; nothing arrived that is not a row.
      for (const id of ids) {
        expect(receiver.count(id)).toBeGreaterThanOrEqual(1);
      }
      expect(verified.every((request) => request.id !== undefined && ids.has(request.id))).toBe(true);
      // Each escalation's events went out: created, and more.
      const escalations = await store.db.selectFrom('escalations').select('id').execute();
      expect(escalations).toHaveLength(ESCALATIONS);
      const attempts = await store.db.selectFrom('delivery_attempts').select(['outbox_id']).execute();
      expect(new Set(attempts.map((attempt) => attempt.outbox_id))).toEqual(ids);
    });
  });
}
