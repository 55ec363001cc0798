// `handoff worker` as a child process: it fires due timers on its own, and refuses to start without a playbook.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeActivePlaybook } from '../src/services/playbooks/active-playbook.js';
import { seedPlaybook } from '../src/services/playbooks/playbook-versions.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { openEscalation } from './service-harness.js';
import { pause, quickSlaYaml } from './sla-timer-fixtures.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));

describe('handoff worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-worker-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('without an active playbook: a message and a non-zero exit', async () => {
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'empty.db')}` };
    const run = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [bin, 'worker'], { env }, (error, _stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stderr }),
      ),
    );
    // Something the user can fix (exit 1), not a fault of Handoff (70).
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no playbook is active');
  });

  it('fires the SLA timers that come due, with no API running', async () => {
    const url = `sqlite:${join(dir, 'handoff.db')}`;
    const store = await openDatabase(url);
    let escalationId: string;
    try {
      await migrateToLatest(store);
      await seedPlaybook(store, quickSlaYaml('2s'), 'test', Date.now());
      const active = makeActivePlaybook(store.db, Date.now);
      escalationId = await openEscalation(
        { store: () => store, clock: Date.now, playbook: () => active.get() },
        {
          id: 'worker-1',
          turn: 1,
          conversation: [{ role: 'customer', text: 'I want to talk to a real person' }],
        },
      );
    } finally {
      await store.close();
    }
    child = spawn(process.execPath, [bin, 'worker'], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    const reader = await openDatabase(url);
    try {
      const deadline = Date.now() + 30_000;
      let types: string[] = [];
      while (!types.includes('sla_breached') && Date.now() < deadline) {
        await pause(100);
        const rows = await reader.db
          .selectFrom('events')
          .select('type')
          .where('escalation_id', '=', escalationId)
          .where('type', 'in', ['sla_warning', 'sla_breached'])
          .execute();
        types = rows.map((row) => row.type);
      }
      expect(types.sort()).toEqual(['sla_breached', 'sla_warning']);
      const timers = await reader.db
        .selectFrom('timers')
        .select('fired_by')
        .where('escalation_id', '=', escalationId)
        .execute();
      expect(timers.every((timer) => timer.fired_by?.includes(`:${child?.pid}:`) === true)).toBe(true);
      // SIGTERM closes the worker and the database, and the process ends with 0.
      const running = child;
      const exited = new Promise<number | null>((resolve) => running.once('exit', (code) => resolve(code)));
      running.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await reader.close();
    }
  }, 180_000);
});
