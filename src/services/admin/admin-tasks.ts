// Database chores the CLI runs without a server: migrate, create and revoke API keys, operate deliveries.
import { CreateApiKeyInput, type CreatedApiKey, createApiKey, revokeApiKey } from '../keys/api-keys.js';
import { HandoffError } from '../../errors.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import { parseInput } from '../parse-input.js';
import { listNames } from '../../core/playbook/playbook-problem.js';
import { openDatabase } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { selectActivePlaybookVersion } from '../../store/queries/select-active-playbook-version.js';
import { selectPlaybookYaml } from '../../store/queries/select-playbook-yaml.js';
import type { Store } from '../../store/store.js';
import pino from 'pino';
import type { Context } from '../../context.js';
import { makeActivePlaybook } from '../playbooks/active-playbook.js';

async function withStore<T>(url: string | undefined, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDatabase(url);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Applies pending migrations; returns their names. */
export const migrateDatabase = (url: string | undefined): Promise<string[]> =>
  withStore(url, migrateToLatest);

/** What `handoff keys create` was given; a key for a person is named after them unless a name is given. */
export interface CreateKeyOptions {
  scope: string;
  name?: string | undefined;
  person?: string | undefined;
}

/** A key tied to someone the active playbook does not know would never work: refuse it up front. */
async function assertPersonOfPlaybook(store: Store, person: string): Promise<void> {
  const version = await selectActivePlaybookVersion(store.db);
  const active = version === null ? undefined : await selectPlaybookYaml(store.db, version);
  if (active === undefined) {
    throw new HandoffError(
      'unavailable',
      `no playbook is active, so person ${JSON.stringify(person)} cannot be checked: start the server with ` +
        '--playbook FILE or --template NAME first',
      { path: 'person' },
    );
  }
  const people = (parsePlaybook(active.yaml, `playbook v${active.version}`).people ?? []).map((p) => p.id);
  if (!people.includes(person)) {
    throw new HandoffError(
      'not_found',
      `${JSON.stringify(person)} is not a person of the active playbook (v${active.version}): ` +
        `${listNames(people) || 'it lists nobody'}`,
      { path: 'person' },
    );
  }
}

export const createKeyInDatabase = (
  url: string | undefined,
  options: CreateKeyOptions,
  now: number,
): Promise<CreatedApiKey> =>
  withStore(url, async (store) => {
    const name = options.name ?? options.person;
    if (name === undefined) {
      throw new HandoffError('bad_request', 'give --name (who or what uses the key), or --person', {
        path: 'name',
      });
    }
    const input = parseInput(CreateApiKeyInput, { ...options, name });
    await migrateToLatest(store);
    if (input.person !== undefined) {
      await assertPersonOfPlaybook(store, input.person);
    }
    return createApiKey(store, input, now);
  });

export const revokeKeyInDatabase = (url: string | undefined, id: string, now: number): Promise<void> =>
  withStore(url, async (store) => {
    await migrateToLatest(store);
    await revokeApiKey(store, id, now);
  });

/**
 * Runs a verb as the operator at the terminal (the CLI's `deliveries` commands): on the database, migrated, with
 * the active playbook, acting as an admin named `cli`.
 */
export const runAsOperator = <T>(
  url: string | undefined,
  run: (ctx: Context) => Promise<T>,
  clock: () => number = Date.now,
): Promise<T> =>
  withStore(url, async (store) => {
    await migrateToLatest(store);
    const playbook = makeActivePlaybook(store.db, clock);
    return run({
      store,
      clock,
      logger: pino({ level: 'silent' }),
      actor: { kind: 'admin', keyId: null, name: 'cli', personId: null },
      // Nobody listens live in a CLI process: the events are in the database for the servers' streams.
      events: { publish: () => undefined, subscribe: () => () => undefined },
      playbook: () => playbook.get(),
    });
  });
