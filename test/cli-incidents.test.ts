// `handoff incidents` on a SQLite file (the built CLI): open, list, link, phase, update, handover, resolve; bad
// input is a message and exit 1.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeActivePlaybook } from '../src/services/playbooks/active-playbook.js';
import { seedPlaybook } from '../src/services/playbooks/playbook-versions.js';
import { openDatabase, type Store } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { incidentPlaybookYaml } from './incident-fixtures.js';
import { openEscalation, type ServiceDeps } from './service-harness.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));

function handoff(args: readonly string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
      },
    );
  });
}

describe('handoff incidents', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'handoff-cli-incidents-')), 'handoff.db');
  const env = { DATABASE_URL: `sqlite:${file}` };
  let store: Store;
  let escalation = '';

  beforeAll(async () => {
    store = await openDatabase(env.DATABASE_URL);
    await migrateToLatest(store);
    await seedPlaybook(store, incidentPlaybookYaml('resolve'), 'test', Date.now());
    const playbook = makeActivePlaybook(store.db, Date.now);
    const deps: ServiceDeps = { store: () => store, clock: Date.now, playbook: () => playbook.get() };
    escalation = await openEscalation(deps, {
      id: 'cli-1',
      conversation: [{ role: 'customer', text: 'a person please' }],
    });
    await store.close();
  }, 120_000);
  afterAll(async () => {
    await store.close().catch(() => undefined);
  });

  it('opens, lists, links, moves, updates, hands over and resolves', async () => {
    const opened = await handoff(['incidents', 'open', 'Payments failing', '--severity', 'sev2'], env);
    expect(opened.code, opened.stderr).toBe(0);
    const id = (JSON.parse(opened.stdout) as { id: string }).id;
    const listed = await handoff(['incidents', 'list'], env);
    expect(listed.stdout).toMatch(/^ID\s+STATUS\s+SEVERITY/);
    expect(listed.stdout).toContain('Payments failing');
    expect((await handoff(['incidents', 'link', id, escalation], env)).code).toBe(0);
    expect(
      (await handoff(['incidents', 'phase', id, 'identified', '--note', 'Card processor'], env)).code,
    ).toBe(0);
    expect((await handoff(['incidents', 'update', id, 'Failover under way'], env)).code).toBe(0);
    expect((await handoff(['incidents', 'handover', id, 'Watch the queue'], env)).code).toBe(0);
    expect((await handoff(['incidents', 'unlink', id, escalation], env)).code).toBe(0);
    const resolved = await handoff(['incidents', 'resolve', id, '--note', 'Back to normal'], env);
    expect(JSON.parse(resolved.stdout)).toMatchObject({ status: 'resolved', phase: 'resolved' });
    const shown = JSON.parse((await handoff(['incidents', 'show', id], env)).stdout) as {
      timeline: Array<{ type: string }>;
    };
    expect(shown.timeline.map((event) => event.type)).toEqual([
      'opened',
      'escalation_linked',
      'phase_changed',
      'update_posted',
      'handover_noted',
      'escalation_unlinked',
      'resolved',
    ]);
  }, 600_000);

  it('bad input: a message naming the field, exit 1', async () => {
    const bad = await handoff(['incidents', 'open', 'x', '--severity', 'sev9'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('sev9');
    const phase = await handoff(['incidents', 'phase', 'inc_nope', 'fixed'], env);
    expect(phase.code).toBe(1);
    expect(phase.stderr).toContain('phase');
  }, 300_000);
});
