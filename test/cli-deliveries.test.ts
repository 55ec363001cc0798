// `handoff deliveries` on a SQLite file: list, show, retry, replay, endpoints; bad input is a message and exit 1.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import { makeDeliveriesWorker } from '../src/runtime/deliveries/deliveries-worker.js';
import { makeEventBus } from '../src/runtime/events/event-bus.js';
import { seedPlaybook } from '../src/services/playbooks/playbook-versions.js';
import { makeActivePlaybook } from '../src/services/playbooks/active-playbook.js';
import { openDatabase, type Store } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
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

const yaml = `${validYaml}integrations:
  webhooks:
    - { id: crm, url: "https://crm.example.com/hooks", secret_env: CRM_SECRET, events: [created] }
`;

describe('handoff deliveries', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'handoff-cli-deliveries-')), 'handoff.db');
  const env = { DATABASE_URL: `sqlite:${file}` };
  let store: Store;
  let deadId = '';

  beforeAll(async () => {
    store = await openDatabase(env.DATABASE_URL);
    await migrateToLatest(store);
    const now = Date.now();
    await seedPlaybook(store, yaml, 'test', now);
    const playbook = makeActivePlaybook(store.db, Date.now);
    const deps: ServiceDeps = { store: () => store, clock: Date.now, playbook: () => playbook.get() };
    await openEscalation(deps, {
      id: 'cli-1',
      conversation: [{ role: 'customer', text: 'a real person please' }],
    });
    // The one row is refused for good, so it is set aside as a dead letter.
    await makeDeliveriesWorker({
      store,
      clock: Date.now,
      logger: pino({ level: 'silent' }),
      events: makeEventBus(),
      playbook: () => playbook.get(),
      channels: {
        webhook: { kind: 'webhook', send: async () => ({ ok: false, permanent: true, error: 'refused' }) },
      },
      nodeId: 'test',
      env: {},
      publicUrl: 'http://handoff.test',
    }).drain();
    const row = await store.db.selectFrom('outbox').select(['id', 'status']).executeTakeFirstOrThrow();
    expect(row.status).toBe('dead');
    deadId = row.id;
    await store.close();
  }, 120_000);
  afterAll(async () => {
    await store.close().catch(() => undefined);
  });

  it('lists, shows, retries and replays', async () => {
    const table = await handoff(['deliveries', 'list'], env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+STATUS\s+CHANNEL\s+ENDPOINT/);
    expect(table.stdout).toContain(`${deadId}  dead`);
    const json = await handoff(['deliveries', 'list', '--status', 'dead', '--json'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({
      items: [{ id: deadId, lastError: 'refused' }],
      nextCursor: null,
    });
    const shown = await handoff(['deliveries', 'show', deadId], env);
    expect(JSON.parse(shown.stdout)).toMatchObject({ attemptLog: [{ attempt: 1, error: 'refused' }] });
    const retried = await handoff(['deliveries', 'retry', deadId], env);
    expect(retried).toMatchObject({ code: 0, stdout: `requeued ${deadId} (webhook to crm)\n` });
    const again = await handoff(['deliveries', 'retry', deadId], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already waiting');
    const replay = await handoff(['deliveries', 'replay', '--since', '1d'], env);
    expect(replay).toMatchObject({ code: 0, stdout: 'requeued 0 dead letters\n' });
    const endpoints = await handoff(['deliveries', 'endpoints'], env);
    expect(endpoints.stdout).toContain('crm (webhook): enabled, 0 failures in a row');
  }, 120_000);

  it('bad input: a message and exit 1', async () => {
    for (const args of [
      ['deliveries', 'list', '--status', 'lost'],
      ['deliveries', 'list', '--limit', '0'],
      ['deliveries', 'replay', '--since', 'whenever'],
      ['deliveries', 'retry', 'nope'],
      ['deliveries', 'enable', 'crm'],
    ]) {
      const result = await handoff(args, env);
      expect({ args, code: result.code }).toEqual({ args, code: 1 });
      expect(result.stderr.trim()).not.toBe('');
      expect(result.stderr).not.toContain('    at ');
    }
  }, 120_000);
});
