// The built CLI's database commands as child processes: migrate, keys create and revoke, serve refusing bad options.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashKey } from '../src/services/keys/api-keys.js';
import { seedPlaybook } from '../src/services/playbooks/playbook-versions.js';
import { templateText } from '../src/services/playbooks/templates.js';
import { openDatabase } from '../src/store/database.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));

function handoff(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
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

describe('database commands', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'handoff-cli-db-')), 'handoff.db');
  const env = { DATABASE_URL: `sqlite:${file}` };

  it('migrate applies every migration once', async () => {
    const first = await handoff(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^applied 0001-initial, /);
    expect(await handoff(['migrate'], env)).toMatchObject({ code: 0, stdout: 'up to date\n' });
  });

  it('keys create prints the key once and stores only its hash; revoke ends it', async () => {
    const created = await handoff(['keys', 'create', '--scope', 'agent', '--name', 'chatbot'], env);
    expect(created.code).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^hk_agent_[A-Za-z0-9_-]{40,}$/);
    const id = /key (\S+) \(agent\)/.exec(created.stderr)?.[1] ?? '';
    const store = await openDatabase(env.DATABASE_URL);
    try {
      const rows = await store.db.selectFrom('api_keys').selectAll().where('id', '=', id).execute();
      expect(rows.map((row) => [row.name, row.scope, row.key_hash])).toEqual([
        ['chatbot', 'agent', hashKey(key)],
      ]);
      expect(JSON.stringify(rows)).not.toContain(key);
      expect(await handoff(['keys', 'revoke', id], env)).toMatchObject({
        code: 0,
        stdout: `revoked ${id}\n`,
      });
      const revoked = await store.db
        .selectFrom('api_keys')
        .select('revoked_at')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(revoked.revoked_at).not.toBeNull();
    } finally {
      await store.close();
    }
  });

  it('bad input: a message and exit 1, nothing written', async () => {
    const badScope = await handoff(['keys', 'create', '--scope', 'root', '--name', 'x'], env);
    expect(badScope.code).toBe(1);
    expect(badScope.stderr).toContain('scope');
    const humanWithoutPerson = await handoff(['keys', 'create', '--scope', 'human', '--name', 'x'], env);
    expect(humanWithoutPerson).toMatchObject({ code: 1 });
    expect(humanWithoutPerson.stderr).toContain('--person');
    expect(await handoff(['keys', 'revoke', 'no-such-key'], env)).toMatchObject({
      code: 1,
      stderr: 'no active key no-such-key\n',
    });
    const both = await handoff(['serve', '--template', 'customer-support', '--playbook', 'x.yaml'], env);
    expect(both).toMatchObject({ code: 1, stderr: 'give --playbook or --template, not both\n' });
    for (const [name, value] of [
      ['HANDOFF_DB_POOL', '0'],
      ['HANDOFF_RATE_LIMIT', 'lots'],
      ['HANDOFF_BODY_LIMIT', '1.5'],
    ] as const) {
      const badEnv = await handoff(['serve', '--template', 'customer-support', '--port', '0'], {
        ...env,
        [name]: value,
      });
      expect(badEnv.code).toBe(1);
      expect(badEnv.stderr).toContain(`${name} must be a whole number`);
    }
    // A port already taken: the start fails and the process ends (no worker left running to keep it up).
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((taken.address() as AddressInfo).port);
      const busy = await handoff(['serve', '--template', 'customer-support', '--port', port], env);
      expect(busy.code).not.toBe(0);
      expect(busy.stderr).toContain('EADDRINUSE');
    } finally {
      taken.close();
    }
    const store = await openDatabase(env.DATABASE_URL);
    try {
      const names = await store.db.selectFrom('api_keys').select('name').execute();
      expect(names.map((row) => row.name)).toEqual(['chatbot']);
    } finally {
      await store.close();
    }
  }, 120_000); // about ten CLI processes one after another: a shared machine can take seconds for each start
});

describe('keys for people', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'handoff-cli-keys-')), 'handoff.db');
  const env = { DATABASE_URL: `sqlite:${file}` };

  it('a human key is named after its person; a person the active playbook does not list is refused', async () => {
    const early = await handoff(['keys', 'create', '--scope', 'human', '--person', 'emre'], env);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('no playbook is active');
    const seeding = await openDatabase(env.DATABASE_URL);
    try {
      await seedPlaybook(seeding, templateText('customer-support'), 'customer-support', Date.now());
    } finally {
      await seeding.close();
    }

    const emre = await handoff(['keys', 'create', '--scope', 'human', '--person', 'emre'], env);
    expect(emre.code).toBe(0);
    expect(emre.stdout).toMatch(/^hk_human_/);
    expect(emre.stderr).toContain('(human, person emre) created');
    const ghost = await handoff(['keys', 'create', '--scope', 'human', '--person', 'ghost'], env);
    expect(ghost.code).toBe(1);
    expect(ghost.stderr).toContain('"ghost" is not a person of the active playbook (v1): ayse, tom');
    const nameless = await handoff(['keys', 'create', '--scope', 'agent'], env);
    expect(nameless.code).toBe(1);
    expect(nameless.stderr).toContain('give --name');

    const store = await openDatabase(env.DATABASE_URL);
    try {
      const rows = await store.db.selectFrom('api_keys').select(['name', 'person_id']).execute();
      expect(rows).toEqual([{ name: 'emre', person_id: 'emre' }]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
