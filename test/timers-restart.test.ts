// Timers that come due while the server is down fire once when it starts again, recording when they were due and
// when they fired; a further restart fires nothing more.
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

const ESCALATIONS = 5;
const adminKey = 'restart-test-admin-key-0123456789';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let playbook: Awaited<ReturnType<typeof writePlaybookFile>>;
    const servers: ServerProcess[] = [];
    beforeAll(async () => {
      store = await makeTestStore(dialect);
      // A warning 3 s and the breach 6 s after opening: time enough to kill the server before either is due.
      playbook = await writePlaybookFile(quickSlaYaml('6s'));
    });
    afterAll(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await store?.close();
      await playbook?.remove();
    });

    const start = async (): Promise<ServerProcess> => {
      const server = await startServerProcess({ databaseUrl: store.url, adminKey, playbook: playbook.file });
      servers.push(server);
      return server;
    };
    const kill = async (server: ServerProcess): Promise<void> => {
      server.child.kill('SIGKILL');
      expect(await server.exited).toBe('SIGKILL');
    };
    /** Waits until every SLA timer of these escalations has fired. */
    const firedFor = async (escalationIds: readonly string[], server: ServerProcess) => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const timers = (await slaTimers(store.db)).filter((timer) =>
          escalationIds.includes(timer.escalation_id),
        );
        if (timers.length > 0 && timers.every((timer) => timer.fired_at !== null)) {
          return timers;
        }
        if (Date.now() > deadline) {
          throw new Error(`timers still unfired after 60 s:\n${server.stderr()}`);
        }
        await pause(50);
      }
    };

    it('killed before its timers are due, then started after: each fires once on start, recording due and fired time', async () => {
      const first = await start();
      const caseIds = Array.from({ length: ESCALATIONS }, (_, i) => `restart-${i}`);
      const escalationIds = await openEscalations([first.url], adminKey, caseIds, 5);
      await kill(first);
      const killedAt = Date.now();

      // Each clock holds a timer for its next moment only: the warning; firing it plans the breach.
      const scheduled = await slaTimers(store.db);
      expect(scheduled).toHaveLength(ESCALATIONS);
      expect(scheduled.every((timer) => timer.kind === 'sla_warning')).toBe(true);
      // The kill came before anything was due, so nothing fired.
      expect(Math.min(...scheduled.map((timer) => Number(timer.due_at)))).toBeGreaterThan(killedAt);
      expect(scheduled.every((timer) => timer.fired_at === null)).toBe(true);
      expect(await slaEvents(store.db)).toEqual([]);
      const slas = await store.db
        .selectFrom('escalations')
        .select(['id', 'sla'])
        .where('id', 'in', escalationIds)
        .execute();
      const breachDue = new Map(
        slas.map((row) => [
          row.id,
          (JSON.parse(String(row.sla)) as { clocks: Array<{ dueAt: number }> }).clocks[0]?.dueAt ?? 0,
        ]),
      );

      // Down until every breach is past due.
      const lastDue = Math.max(...breachDue.values());
      await pause(Math.max(0, lastDue - Date.now()) + 500);
      const startedAt = Date.now();
      const second = await start();
      const fired = await firedFor(escalationIds, second);
      expect(fired).toHaveLength(ESCALATIONS * 2);
      expect(fired.every((timer) => Number(timer.fired_at) >= startedAt && timer.last_error === null)).toBe(
        true,
      );

      const events = await slaEvents(store.db);
      expect(events).toHaveLength(ESCALATIONS * 2);
      const warningDue = new Map(scheduled.map((timer) => [timer.escalation_id, Number(timer.due_at)]));
      for (const event of events) {
        const dueAt =
          event.type === 'sla_breached'
            ? breachDue.get(event.escalationId)
            : warningDue.get(event.escalationId);
        expect(Date.parse(event.dueAt)).toBe(dueAt);
        expect(Date.parse(event.firedAt)).toBeGreaterThanOrEqual(startedAt);
        expect(Date.parse(event.firedAt)).toBeGreaterThan(Date.parse(event.dueAt));
      }
      for (const escalationId of escalationIds) {
        expect(
          events
            .filter((event) => event.escalationId === escalationId)
            .map((event) => event.type)
            .sort(),
        ).toEqual(['sla_breached', 'sla_warning']);
      }

      // Once more: the fired timers stay fired. A fresh escalation's warning firing shows the worker has run since.
      await kill(second);
      const third = await start();
      const [sentinel = ''] = await openEscalations([third.url], adminKey, ['restart-sentinel'], 1);
      const deadline = Date.now() + 60_000;
      while (!(await slaEvents(store.db)).some((event) => event.escalationId === sentinel)) {
        if (Date.now() > deadline) {
          throw new Error(`the fresh escalation's warning never fired:\n${third.stderr()}`);
        }
        await pause(50);
      }
      expect((await slaEvents(store.db)).filter((event) => event.escalationId !== sentinel)).toEqual(events);
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(
        (await slaTimers(store.db)).filter((timer) => timer.escalation_id !== sentinel).sort(byId),
      ).toEqual(fired.sort(byId));
    }, 120_000);
  });
}
