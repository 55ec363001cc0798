// Two processes on one SQLite file (`serve --no-workers` and `handoff worker`), here two connections: the live
// events one commits reach the other's listeners, once each, and a node's own events are not repeated.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../src/core/escalation/escalation.js';
import { toTimelineEvent } from '../src/services/lifecycle/escalation-view.js';
import { makeNodeEvents } from '../src/runtime/events/node-events.js';
import { openDatabase } from '../src/store/database.js';
import { insertEvents } from '../src/store/queries/insert-event.js';
import type { Store } from '../src/store/store.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { escalation, t0 } from './store-fixtures.js';

const logger = pino({ level: 'silent' });

describe.runIf(DIALECTS.includes('sqlite'))('sqlite', () => {
  let api: TestStore;
  let worker: Store;
  beforeAll(async () => {
    api = await makeTestStore('sqlite');
    worker = await openDatabase(api.url);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  /** Writes `count` events of a new escalation through `store` and publishes them on `bus`, as a verb does. */
  async function write(
    store: Store,
    bus: { publish(events: TimelineEvent[]): void },
    id: string,
    count: number,
  ): Promise<number[]> {
    await store.db.insertInto('escalations').values(escalation(id)).execute();
    const ids = await store.transaction((trx) =>
      insertEvents(
        trx,
        Array.from({ length: count }, (_, i) => ({
          escalationId: id,
          type: 'comment_added',
          actor: 'test',
          at: t0 + i,
          data: { i },
        })),
      ),
    );
    const rows = await store.db
      .selectFrom('events')
      .selectAll()
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    bus.publish(rows.map(toTimelineEvent));
    return ids;
  }

  test("each process's listeners get the other's events once, and their own once", async () => {
    const deps = (store: Store, nodeId: string) => ({
      store,
      nodeId,
      clock: () => t0,
      logger,
      playbook: async () => {
        throw new Error('not needed');
      },
    });
    const apiBus = await makeNodeEvents(deps(api, 'api'));
    const workerBus = await makeNodeEvents(deps(worker, 'worker'));
    const seen: number[] = [];
    apiBus.subscribe((event) => seen.push(event.id));
    try {
      const fromWorker = await write(worker, workerBus, 'E-worker-1', 3);
      const fromApi = await write(api, apiBus, 'E-api-1', 2);
      const moreFromWorker = await write(worker, workerBus, 'E-worker-2', 1_500);
      const expected = [...fromWorker, ...fromApi, ...moreFromWorker];
      const deadline = Date.now() + 5_000;
      while (seen.length < expected.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      // Settle: nothing arrives twice later.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect([...seen].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    } finally {
      await apiBus.stop();
      await workerBus.stop();
    }
  });
});
