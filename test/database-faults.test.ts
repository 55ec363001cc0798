// A database that cannot take writes (read-only, full, its connection ended) is a 503 `unavailable` that names no
// cause, /readyz says so, and the node serves again as soon as the database does.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { templateText } from '../src/services/playbooks/templates.js';
import { FAULT_MEMORY_MS } from '../src/services/health/database-health.js';
import type { Store } from '../src/store/database.js';
import { type ApiHarness, type ApiResponse, startApi } from './api-harness.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';

const escalatingCase = (id: string) => ({
  id,
  turn: 1,
  conversation: [{ role: 'customer', text: 'I want to talk to a real person' }],
});

/** What an unauthenticated caller or a client may see of a fault: its code, never its cause. */
function expectUnavailable(reply: ApiResponse): void {
  expect(reply.status, reply.text).toBe(503);
  expect(reply.body).toMatchObject({ error: { code: 'unavailable' } });
  expect(reply.headers.get('retry-after')).toBe('1');
  expect(reply.text).not.toMatch(/SQLITE|readonly|read-only|25006|full|ECONN|127\.0\.0\.1|\.db\b/i);
}

/** Makes the server's database refuse writes, or take them again. */
async function setReadOnly(api: ApiHarness, isReadOnly: boolean): Promise<void> {
  if (api.store.dialect === 'sqlite') {
    // The server's one connection: every write on it now fails with SQLITE_READONLY.
    await sql.raw(`pragma query_only = ${isReadOnly ? 'on' : 'off'}`).execute(api.store.db);
    return;
  }
  // As a standby would: new sessions default to read-only transactions (25006); the open ones are ended, so the
  // server's pool sees its connections drop as well.
  const admin = api.testStore.db;
  const name = new URL(api.testStore.url).pathname.slice(1);
  await sql
    .raw(
      isReadOnly
        ? `alter database "${name}" set default_transaction_read_only = on`
        : `alter database "${name}" reset default_transaction_read_only`,
    )
    .execute(admin);
  await sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()`.execute(admin);
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: templateText('customer-support') });
    });
    afterAll(() => api?.close());

    test('a database that refuses writes: 503 unavailable without the cause, /readyz 503, then serving again', async () => {
      const before = await api.request('POST', '/v1/evaluate', {
        key: api.keys.admin,
        body: escalatingCase('ro-0'),
      });
      expect(before.status).toBe(201);

      await setReadOnly(api, true);
      // On PostgreSQL the first try may meet a connection the database just ended: unavailable all the same.
      for (let i = 1; i <= 3; i += 1) {
        expectUnavailable(
          await api.request('POST', '/v1/evaluate', { key: api.keys.admin, body: escalatingCase(`ro-${i}`) }),
        );
      }
      api.clock.advance(1_000);
      const notReady = await api.request('GET', '/readyz');
      expect(notReady.status).toBe(503);
      expect(notReady.body).toMatchObject({ status: 'unavailable' });
      expect(notReady.text).not.toMatch(/SQLITE|readonly|read-only|25006/i);

      await setReadOnly(api, false);
      // The connections the database ended report it as they are next touched (on PostgreSQL, the pool's idle ones
      // and the LISTEN connection, in their own time): each such fault is remembered for FAULT_MEMORY_MS of the
      // node's clock, so the node is back once a window passes with none.
      let after = await api.request('GET', '/readyz');
      let ready = after;
      for (let attempt = 0; attempt < 20; attempt += 1) {
        api.clock.advance(FAULT_MEMORY_MS);
        after = await api.request('POST', '/v1/evaluate', {
          key: api.keys.admin,
          body: escalatingCase(`ro-after-${attempt}`),
        });
        ready = await api.request('GET', '/readyz');
        if (after.status === 201 && ready.status === 200) {
          break;
        }
      }
      expect(after.status, after.text).toBe(201);
      expect(ready.status, ready.text).toBe(200);
    });
  });
}

describe.skipIf(!DIALECTS.includes('sqlite'))('sqlite', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite', { yaml: templateText('customer-support') });
  });
  afterAll(() => api?.close());

  test('a full database (SQLITE_FULL) under concurrent writes: 503 for each, never 500, and no 201 is lost', async () => {
    const pages = Number(
      (await sql<{ page_count: number }>`pragma page_count`.execute(api.store.db)).rows[0]?.page_count,
    );
    expect(pages).toBeGreaterThan(0);
    // The file may not grow past the pages it has: the next write that needs a page fails with SQLITE_FULL, and
    // SQLite rolls back the whole transaction, which group commit shares among the requests of one batch.
    await sql.raw(`pragma max_page_count = ${pages}`).execute(api.store.db);
    // Waves of concurrent requests (group commit batches them) until the pages left are used up.
    const replies: ApiResponse[] = [];
    for (let wave = 0; wave < 100 && replies.every((reply) => reply.status === 201); wave += 1) {
      replies.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            api.request('POST', '/v1/evaluate', {
              key: api.keys.admin,
              body: escalatingCase(`full-${wave}-${i}`),
            }),
          ),
        )),
      );
    }
    const failed = replies.filter((reply) => reply.status !== 201);
    expect(failed.length).toBeGreaterThan(0);
    failed.forEach(expectUnavailable);
    const acknowledged = replies
      .filter((reply) => reply.status === 201)
      .map((reply) => reply.body.escalation.id);
    if (acknowledged.length > 0) {
      const rows = await api.store.db
        .selectFrom('escalations')
        .select('id')
        .where('id', 'in', acknowledged)
        .execute();
      expect(rows.length).toBe(acknowledged.length);
    }
    // A probe row can still be rewritten in place; /readyz must not say ready while real writes fail.
    api.clock.advance(1_000);
    expect((await api.request('GET', '/readyz')).status).toBe(503);

    await sql.raw('pragma max_page_count = 1073741823').execute(api.store.db);
    api.clock.advance(FAULT_MEMORY_MS);
    const after = await api.request('POST', '/v1/evaluate', {
      key: api.keys.admin,
      body: escalatingCase('full-after'),
    });
    expect(after.status, after.text).toBe(201);
    expect((await api.request('GET', '/readyz')).status).toBe(200);
  });
});

describe.skipIf(!DIALECTS.includes('postgres'))('postgres', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await makeTestStore('postgres');
  });
  afterAll(() => store?.close());

  const backendPid = async (db: Store['db']): Promise<number> =>
    Number((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid);

  test('the server ends a connection in the middle of a transaction: unavailable, no crash, the next one works', async () => {
    const failing = store.transaction(async (trx) => {
      const pid = await backendPid(trx);
      // The connection is checked out of the pool here: its error has no pool listener to land on.
      await sql`select pg_terminate_backend(${pid})`.execute(trx);
      await sql`select 1`.execute(trx);
    });
    await expect(failing).rejects.toMatchObject({ code: 'unavailable' });
    const row = await sql<{ one: number }>`select 1 as one`.execute(store.db);
    expect(row.rows[0]?.one).toBe(1);
  });
});
