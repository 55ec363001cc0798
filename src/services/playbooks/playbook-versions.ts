// Playbook versions: store a new one (validated, errors with line and column), list, activate, roll back, seed at start.
import type { Transaction } from 'kysely';
import type { Context } from '../../context.js';
import { assertScope } from '../authorize.js';
import { scheduleClockRecompute } from '../lifecycle/sync-sla-clocks.js';
import { HandoffError } from '../../errors.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import { insertNextPlaybookVersion } from '../../store/queries/insert-next-playbook-version.js';
import { lockPlaybookVersions } from '../../store/queries/lock-playbook-versions.js';
import { selectActivePlaybookVersion } from '../../store/queries/select-active-playbook-version.js';
import { selectPlaybookActivationHistory } from '../../store/queries/select-playbook-activation-history.js';
import { selectPlaybookVersionExists } from '../../store/queries/select-playbook-version-exists.js';
import { selectPlaybookVersionSummaries } from '../../store/queries/select-playbook-version-summaries.js';
import { selectPlaybookVersionSummary } from '../../store/queries/select-playbook-version-summary.js';
import { selectPlaybookYaml } from '../../store/queries/select-playbook-yaml.js';
import { upsertPlaybookActivation } from '../../store/queries/upsert-playbook-activation.js';
import type { Store } from '../../store/store.js';
import type { Tables } from '../../store/tables.js';

export interface PlaybookVersion {
  version: number;
  name: string;
  source: string;
  createdAt: string;
  createdBy: string | null;
  active: boolean;
}

/** Makes `version` the active one and notes the one before it in the history (inside the caller's transaction). */
export async function setActive(trx: Transaction<Tables>, version: number, now: number): Promise<void> {
  await scheduleClockRecompute(trx, version, now);
  const previous = await selectActivePlaybookVersion(trx);
  const list = await selectPlaybookActivationHistory(trx);
  if (previous !== null && previous !== version) {
    list.push(previous);
  }
  await upsertPlaybookActivation(trx, version, list.slice(-100));
}

async function insertVersion(
  trx: Transaction<Tables>,
  yaml: string,
  source: string,
  createdBy: string | null,
  now: number,
): Promise<number> {
  const playbook = parsePlaybook(yaml, source);
  return insertNextPlaybookVersion(trx, { name: playbook.name, yaml, source, createdBy, now });
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
      await lockPlaybookVersions(trx);
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
  assertScope(ctx.actor, ['human']);
  const active = await selectActivePlaybookVersion(ctx.store.db);
  const rows = await selectPlaybookVersionSummaries(ctx.store.db);
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
  assertScope(ctx.actor, ['human']);
  const wanted = version ?? (await selectActivePlaybookVersion(ctx.store.db));
  const row = wanted === null ? undefined : await selectPlaybookYaml(ctx.store.db, wanted);
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
    await lockPlaybookVersions(trx);
    if (!(await selectPlaybookVersionExists(trx, version))) {
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
    await lockPlaybookVersions(trx);
    const list = await selectPlaybookActivationHistory(trx);
    const previous = list.pop();
    if (previous === undefined) {
      throw new HandoffError('conflict', 'there is no earlier active version to roll back to');
    }
    await upsertPlaybookActivation(trx, previous, list);
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
    await lockPlaybookVersions(trx);
    const active = await selectActivePlaybookVersion(trx);
    if (active !== null) {
      const row = await selectPlaybookYaml(trx, active);
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
  const active = await selectActivePlaybookVersion(store.db);
  const row = await selectPlaybookVersionSummary(store.db, version);
  return {
    version: row.version,
    name: row.name,
    source: row.source,
    createdAt: new Date(Number(row.created_at)).toISOString(),
    createdBy: row.created_by,
    active: row.version === active,
  };
}
