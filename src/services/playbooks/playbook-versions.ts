// Playbook versions: store a new one (validated, errors with line and column), list, activate, roll back, seed at start.
import type { Transaction } from 'kysely';
import type { Context } from '../../context.js';
import { assertScope } from '../authorize.js';
import { scheduleClockRecompute } from '../lifecycle/sync-sla-clocks.js';
import { HandoffError } from '../../errors.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import type { Store } from '../../store/store.js';
import type { Tables } from '../../store/tables.js';
import { activeVersionKey, readActiveVersion } from './active-playbook.js';

export interface PlaybookVersion {
  version: number;
  name: string;
  source: string;
  createdAt: string;
  createdBy: string | null;
  active: boolean;
}

const historyKey = 'playbook_activation_history';

/**
 * Storing and activating read, then write, the next version number (max + 1) and the activation
 * history: on PostgreSQL two admins at once read the same and one fails or loses the other's
 * entry. Touching the active-version row first locks it, so the second waits and reads what the
 * first wrote. (SQLite transactions never interleave.)
 */
async function lockVersions(trx: Transaction<Tables>): Promise<void> {
  await trx
    .updateTable('settings')
    .set((eb) => ({ value: eb.ref('value') }))
    .where('key', '=', activeVersionKey)
    .execute();
}

async function setActive(trx: Transaction<Tables>, version: number, now: number): Promise<void> {
  await scheduleClockRecompute(trx, version, now);
  const previous = await readActiveVersion(trx);
  const history = await trx
    .selectFrom('settings')
    .select('value')
    .where('key', '=', historyKey)
    .executeTakeFirst();
  const list = history === undefined ? [] : (JSON.parse(history.value) as number[]);
  if (previous !== null && previous !== version) {
    list.push(previous);
  }
  for (const [key, value] of [
    [activeVersionKey, String(version)],
    [historyKey, JSON.stringify(list.slice(-100))],
  ] as const) {
    await trx
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}

async function insertVersion(
  trx: Transaction<Tables>,
  yaml: string,
  source: string,
  createdBy: string | null,
  now: number,
): Promise<number> {
  const playbook = parsePlaybook(yaml, source);
  const max = await trx
    .selectFrom('playbook_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  const version = Number(max?.v ?? 0) + 1;
  await trx
    .insertInto('playbook_versions')
    .values({ version, name: playbook.name, yaml, source, created_at: now, created_by: createdBy })
    .execute();
  return version;
}

/** Validates and stores a new version, active unless `activate` is false. Invalid YAML writes nothing. */
export async function putPlaybook({
  ctx,
  yaml,
  activate = true,
}: {
  ctx: Context;
  yaml: string;
  activate?: boolean;
}): Promise<PlaybookVersion> {
  assertScope(ctx.actor, ['admin']);
  parsePlaybook(yaml, 'playbook.yaml');
  const store = () =>
    ctx.store.transaction(async (trx) => {
      await lockVersions(trx);
      const created = await insertVersion(trx, yaml, 'api', ctx.actor.name, ctx.clock());
      if (activate) {
        await setActive(trx, created, ctx.clock());
      }
      return created;
    });
  let version: number;
  try {
    version = await store();
  } catch (error) {
    // Before any version is active there is no row to lock: the loser of that race takes the next number.
    if (!ctx.store.isUniqueViolation(error)) {
      throw error;
    }
    version = await store();
  }
  return describeVersion(ctx.store, version);
}

export async function listPlaybookVersions({ ctx }: { ctx: Context }): Promise<PlaybookVersion[]> {
  const active = await readActiveVersion(ctx.store.db);
  const rows = await ctx.store.db
    .selectFrom('playbook_versions')
    .select(['version', 'name', 'source', 'created_at', 'created_by'])
    .orderBy('version', 'desc')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    name: row.name,
    source: row.source,
    createdAt: new Date(Number(row.created_at)).toISOString(),
    createdBy: row.created_by,
    active: row.version === active,
  }));
}

export async function getPlaybookYaml({
  ctx,
  version,
}: {
  ctx: Context;
  version?: number | undefined;
}): Promise<{ version: number; yaml: string }> {
  const wanted = version ?? (await readActiveVersion(ctx.store.db));
  const row =
    wanted === null
      ? undefined
      : await ctx.store.db
          .selectFrom('playbook_versions')
          .select(['version', 'yaml'])
          .where('version', '=', wanted)
          .executeTakeFirst();
  if (row === undefined) {
    throw new HandoffError(
      'not_found',
      version === undefined ? 'no playbook is active' : `no playbook version ${version}`,
      { path: 'version' },
    );
  }
  return row;
}

export async function activatePlaybookVersion({
  ctx,
  version,
}: {
  ctx: Context;
  version: number;
}): Promise<PlaybookVersion> {
  assertScope(ctx.actor, ['admin']);
  await ctx.store.transaction(async (trx) => {
    await lockVersions(trx);
    const row = await trx
      .selectFrom('playbook_versions')
      .select('version')
      .where('version', '=', version)
      .executeTakeFirst();
    if (row === undefined) {
      throw new HandoffError('not_found', `no playbook version ${version}`, { path: 'version' });
    }
    await setActive(trx, version, ctx.clock());
  });
  return describeVersion(ctx.store, version);
}

/** Activates the version that was active before the current one. */
export async function rollbackPlaybook({ ctx }: { ctx: Context }): Promise<PlaybookVersion> {
  assertScope(ctx.actor, ['admin']);
  const version = await ctx.store.transaction(async (trx) => {
    await lockVersions(trx);
    const history = await trx
      .selectFrom('settings')
      .select('value')
      .where('key', '=', historyKey)
      .executeTakeFirst();
    const list = history === undefined ? [] : (JSON.parse(history.value) as number[]);
    const previous = list.pop();
    if (previous === undefined) {
      throw new HandoffError('conflict', 'there is no earlier active version to roll back to');
    }
    for (const [key, value] of [
      [activeVersionKey, String(previous)],
      [historyKey, JSON.stringify(list)],
    ] as const) {
      await trx
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
    await scheduleClockRecompute(trx, previous, ctx.clock());
    return previous;
  });
  return describeVersion(ctx.store, version);
}

/**
 * At start: makes `yaml` the active version unless it already is (same text), so restarting with
 * the same file adds no version and several nodes starting together add at most one each.
 */
export async function seedPlaybook(store: Store, yaml: string, source: string, now: number): Promise<number> {
  parsePlaybook(yaml, source);
  return store.transaction(async (trx) => {
    await lockVersions(trx);
    const active = await readActiveVersion(trx);
    if (active !== null) {
      const row = await trx
        .selectFrom('playbook_versions')
        .select('yaml')
        .where('version', '=', active)
        .executeTakeFirst();
      if (row?.yaml === yaml) {
        return active;
      }
    }
    const version = await insertVersion(trx, yaml, source, null, now);
    await setActive(trx, version, now);
    return version;
  });
}

async function describeVersion(store: Store, version: number): Promise<PlaybookVersion> {
  const active = await readActiveVersion(store.db);
  const row = await store.db
    .selectFrom('playbook_versions')
    .select(['version', 'name', 'source', 'created_at', 'created_by'])
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
  return {
    version: row.version,
    name: row.name,
    source: row.source,
    createdAt: new Date(Number(row.created_at)).toISOString(),
    createdBy: row.created_by,
    active: row.version === active,
  };
}
