// Two Handoff nodes ride out a PostgreSQL crash: `pg_ctl stop -m immediate` under light load, then start again.
// Both nodes stay up, answer 503 `unavailable` (never 500) while the database is away, lose no acknowledged write,
// and carry on afterwards: a stream opened before the crash gets events again, and SLA timers fire.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Store } from '../src/store/database.js';
import { DIALECTS } from './databases.js';
import { type PostgresCluster, startPostgresCluster } from './postgres-cluster.js';
import { type ServerProcess, startServerProcess } from './server-process.js';
import { asksForHuman, pause, quickSlaYaml, slaEvents, writePlaybookFile } from './sla-timer-fixtures.js';

const adminKey = 'postgres-restart-admin-key-0123456789';
const LANES = 4;

interface Answer {
  node: number;
  status: number;
  body: string;
  startedAt: number;
  endedAt: number;
}

/** Light load: LANES requests in flight, each opening an escalation for a new case, on both nodes in turn. */
function startLoad(urls: readonly string[]) {
  const answers: Answer[] = [];
  const acknowledged = new Map<string, string>();
  const networkErrors: string[] = [];
  let running = true;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (running) {
      const n = next++;
      const node = n % urls.length;
      const caseId = `restart-${n}`;
      const startedAt = Date.now();
      try {
        const response = await fetch(`${urls[node]}/v1/evaluate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
          body: asksForHuman(caseId),
          signal: AbortSignal.timeout(30_000),
        });
        const body = await response.text();
        answers.push({ node, status: response.status, body, startedAt, endedAt: Date.now() });
        if (response.status === 201) {
          const id = (JSON.parse(body) as { escalation?: { id?: string } | null }).escalation?.id;
          acknowledged.set(caseId, id ?? '');
        }
      } catch (error) {
        networkErrors.push(`${caseId}: ${String(error)}`);
      }
      await pause(20);
    }
  };
  const lanes = Promise.all(Array.from({ length: LANES }, lane));
  return {
    answers,
    acknowledged,
    networkErrors,
    async stop() {
      running = false;
      await lanes;
    },
  };
}

/** Reads /v1/stream of a node until stopped; `text` grows as events arrive. */
async function openStream(url: string): Promise<{ text: () => string; stop: () => void }> {
  const abort = new AbortController();
  const response = await fetch(`${url}/v1/stream`, {
    headers: { authorization: `Bearer ${adminKey}` },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body?.getReader();
  if (reader === undefined) {
    throw new Error('the stream has no body');
  }
  const decoder = new TextDecoder();
  let text = '';
  void (async () => {
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        text += decoder.decode(chunk.value, { stream: true });
      }
    } catch {
      // aborted
    }
  })();
  return { text: () => text, stop: () => abort.abort() };
}

async function readiness(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text() };
}

async function waitFor(
  what: string,
  isDone: () => Promise<boolean> | boolean,
  servers: readonly ServerProcess[],
  ms = 120_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await isDone())) {
    if (Date.now() > deadline || !servers.every(isAlive)) {
      const states = servers.map((server) => (isAlive(server) ? 'alive' : `exited:\n${server.stderr()}`));
      throw new Error(`timed out waiting for ${what}; nodes: ${states.join('\n')}`);
    }
    await pause(50);
  }
}

const isAlive = (server: ServerProcess): boolean =>
  server.child.exitCode === null && server.child.signalCode === null;

// PostgreSQL only, on a cluster of its own: crashing the suite's shared one would fail every other file.
describe.skipIf(!DIALECTS.includes('postgres'))('postgres', () => {
  let cluster: PostgresCluster;
  let playbook: Awaited<ReturnType<typeof writePlaybookFile>>;
  const servers: ServerProcess[] = [];
  let check: Store | undefined;
  beforeAll(async () => {
    cluster = await startPostgresCluster({ durableCommits: true });
    // Warnings 2 s and breaches 4 s after each opening: timers come due before, during and after the crash.
    playbook = await writePlaybookFile(quickSlaYaml('4s'));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await check?.close();
    await cluster?.stop();
    await playbook?.remove();
  });

  it('a crash and restart of PostgreSQL under load: nodes stay up, 503 meanwhile, nothing acknowledged lost, work goes on', async () => {
    const a = await startServerProcess({ databaseUrl: cluster.url, adminKey, playbook: playbook.file });
    servers.push(a);
    const b = await startServerProcess({ databaseUrl: cluster.url, adminKey, playbook: playbook.file });
    servers.push(b);
    const stream = await openStream(b.url);
    const load = startLoad([a.url, b.url]);
    const acksOf = (node: number) => load.answers.filter((x) => x.node === node && x.status === 201).length;
    await waitFor('writes before the crash', () => acksOf(0) >= 20 && acksOf(1) >= 20, servers);

    await cluster.crash();
    const downAt = Date.now();
    // Answers to requests made while the database was away: enough that the nodes try to reconnect, and fail, a
    // few times over.
    const whileDown = () => load.answers.filter((x) => x.startedAt > downAt);
    await waitFor(
      'answers from both nodes while the database is away',
      () => [0, 1].every((node) => whileDown().filter((x) => x.node === node).length >= 40),
      servers,
      60_000,
    );
    const readyWhileDown = [await readiness(a.url), await readiness(b.url)];
    const answeredWhileDown = whileDown();
    const upAt = Date.now();
    await cluster.restart();

    await waitFor(
      'both nodes ready again',
      async () => (await Promise.all([a.url, b.url].map(readiness))).every((x) => x.status === 200),
      servers,
    );
    const acksBefore = [acksOf(0), acksOf(1)];
    await waitFor(
      'writes after the restart',
      () => acksOf(0) >= (acksBefore[0] ?? 0) + 20 && acksOf(1) >= (acksBefore[1] ?? 0) + 20,
      servers,
    );
    await load.stop();

    // Both nodes lived through it.
    expect([isAlive(a), isAlive(b)], `${a.stderr()}\n${b.stderr()}`).toEqual([true, true]);
    expect(load.networkErrors).toEqual([]);
    // While the database was away: 503 unavailable, nothing else, and the cause is not shown.
    expect(answeredWhileDown.length).toBeGreaterThan(0);
    for (const answer of answeredWhileDown.filter((x) => x.endedAt < upAt)) {
      expect(answer.status, answer.body).toBe(503);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'unavailable' } });
    }
    for (const ready of readyWhileDown) {
      expect(ready.status).toBe(503);
      expect(ready.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminat/i);
    }
    // Never a 500, before, during or after.
    expect(load.answers.filter((x) => x.status !== 201 && x.status !== 503)).toEqual([]);

    // Every acknowledged write is there.
    const db = (check = await openDatabase(cluster.url, { poolSize: 2 })).db;
    const ids = [...load.acknowledged.values()];
    const found = await db.selectFrom('escalations').select('id').where('id', 'in', ids).execute();
    expect(found.length).toBe(ids.length);

    // Live events flow again: an escalation opened on A after the restart reaches the stream B had open all along
    // (B listens again). Its LISTEN may come back a moment after /readyz, so open one until one arrives.
    let seen = false;
    for (let i = 0; !seen && i < 60; i += 1) {
      const response = await fetch(`${a.url}/v1/evaluate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
        body: asksForHuman(`after-restart-${i}`),
      });
      expect(response.status).toBe(201);
      const id = ((await response.json()) as { escalation: { id: string } }).escalation.id;
      const until = Date.now() + 1_000;
      while (!seen && Date.now() < until) {
        seen = stream.text().includes(`"escalationId":"${id}"`);
        await pause(50);
      }
    }
    stream.stop();
    expect(seen).toBe(true);

    // The timers workers went on: every SLA timer fires, once, and none was given up because the database was away.
    await waitFor(
      'every SLA timer to fire',
      async () => {
        const row = await db
          .selectFrom('timers')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('fired_at', 'is', null)
          .executeTakeFirstOrThrow();
        return Number(row.n) === 0;
      },
      servers,
    );
    const failed = await db
      .selectFrom('timers')
      .select(['id', 'last_error'])
      .where('last_error', 'is not', null)
      .execute();
    expect(failed).toEqual([]);
    const events = await slaEvents(db);
    expect(new Set(events.map((x) => `${x.escalationId} ${x.key}`)).size).toBe(events.length);
    expect(isAlive(a) && isAlive(b)).toBe(true);
  }, 300_000);
});
