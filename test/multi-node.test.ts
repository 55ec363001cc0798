// Two Handoff nodes on one PostgreSQL share the timers: a thousand escalations' SLA timers come due within
// seconds, one node is killed with SIGKILL half-way through the firing, and the other fires the rest, each timer once.
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { type ServerProcess, startServerProcess } from './server-process.js';
import {
  openEscalations,
  pause,
  quickSlaYaml,
  slaEvents,
  slaTimers,
  writePlaybookFile,
} from './sla-timer-fixtures.js';

const ESCALATIONS = 1000;
/** One warning at half the target, then the breach. */
const TIMERS_EACH = 2;
const adminKey = 'multi-node-admin-key-0123456789';

// PostgreSQL only: SQLite runs one worker per database by design. With postgres in DIALECTS, a PostgreSQL
// that does not start fails the run (makeTestStore throws); only leaving it out of DIALECTS skips this file.
describe.skipIf(!DIALECTS.includes('postgres'))('postgres', () => {
  let store: TestStore;
  let playbook: Awaited<ReturnType<typeof writePlaybookFile>>;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    store = await makeTestStore('postgres');
    // Warnings 4 s and breaches 8 s after each opening: the kill waits for the last escalation to open, so the
    // survivor always has that one's breach, and on a slow machine much more, left to fire.
    playbook = await writePlaybookFile(quickSlaYaml('8s'));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await store?.close();
    await playbook?.remove();
  });

  const firedCount = async (): Promise<number> => {
    const row = await store.db
      .selectFrom('timers')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('fired_at', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const unfiredCount = async (): Promise<number> => {
    const row = await store.db
      .selectFrom('timers')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('fired_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const firedBy = async (node: string): Promise<number> =>
    (await slaTimers(store.db)).filter((timer) => timer.fired_by?.startsWith(node) === true).length;

  it('one node killed half-way through the firing: the other takes over, every timer fires exactly once', async () => {
    // One start at a time: the first migrates and activates the playbook, the second finds it active.
    const a = await startServerProcess({ databaseUrl: store.url, adminKey, playbook: playbook.file });
    servers.push(a);
    const b = await startServerProcess({ databaseUrl: store.url, adminKey, playbook: playbook.file });
    servers.push(b);
    // nodeName() in src/runtime/node-name.ts: host, pid, random tail.
    const nodeA = `${hostname()}:${a.child.pid}:`;
    const nodeB = `${hostname()}:${b.child.pid}:`;

    const caseIds = Array.from({ length: ESCALATIONS }, (_, i) => `multi-${i}`);
    const escalationIds = await openEscalations([a.url, b.url], adminKey, caseIds, 16);
    expect(new Set(escalationIds).size).toBe(ESCALATIONS);
    const total = ESCALATIONS * TIMERS_EACH;
    // Each escalation holds a timer for its clock's next moment (the warning); firing it plans the breach.
    const planned = (await slaTimers(store.db)).length;
    expect(planned).toBeGreaterThanOrEqual(ESCALATIONS);
    expect(planned).toBeLessThanOrEqual(total);

    const deadline = Date.now() + 240_000;
    while ((await firedCount()) < total / 2) {
      if (Date.now() > deadline) {
        throw new Error(
          `only ${await firedCount()} of ${total} timers fired in time:\n${a.stderr()}\n${b.stderr()}`,
        );
      }
      await pause(20);
    }
    a.child.kill('SIGKILL');
    expect(await a.exited).toBe('SIGKILL');
    const firedByDeadNode = await firedBy(nodeA);
    const unfiredAtKill = await unfiredCount();
    // The kill really came mid-way: both nodes had fired some, and some were still to fire.
    expect(firedByDeadNode).toBeGreaterThan(0);
    expect(await firedBy(nodeB)).toBeGreaterThan(0);
    expect(unfiredAtKill).toBeGreaterThan(0);

    while ((await unfiredCount()) > 0) {
      if (Date.now() > deadline) {
        throw new Error(`${await unfiredCount()} timers never fired after the kill:\n${b.stderr()}`);
      }
      await pause(100);
    }

    const timers = await slaTimers(store.db);
    expect(timers).toHaveLength(total);
    expect(timers.every((timer) => timer.fired_at !== null && timer.last_error === null)).toBe(true);
    // Every timer fired by one of the two nodes, the dead one nothing after its death; the survivor took over.
    expect(
      timers.every(
        (timer) => timer.fired_by?.startsWith(nodeA) === true || timer.fired_by?.startsWith(nodeB) === true,
      ),
    ).toBe(true);
    expect(await firedBy(nodeA)).toBe(firedByDeadNode);
    expect(await firedBy(nodeB)).toBe(total - firedByDeadNode);
    expect(total - firedByDeadNode).toBeGreaterThanOrEqual(unfiredAtKill);

    // Exactly one effect per timer: one event each, a warning and a breach per escalation, no moment announced twice.
    const events = await slaEvents(store.db);
    expect(events).toHaveLength(total);
    const perEscalation = new Map<string, string[]>();
    for (const event of events) {
      perEscalation.set(event.escalationId, [
        ...(perEscalation.get(event.escalationId) ?? []),
        `${event.type} ${event.key}`,
      ]);
    }
    expect([...perEscalation.keys()].sort()).toEqual([...escalationIds].sort());
    for (const [escalationId, moments] of perEscalation) {
      expect(new Set(moments).size, escalationId).toBe(TIMERS_EACH);
      expect(moments.map((moment) => moment.split(' ')[0]).sort(), escalationId).toEqual([
        'sla_breached',
        'sla_warning',
      ]);
    }
  }, 300_000);
});
