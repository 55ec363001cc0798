// Global test set-up: the PostgreSQL the suites loop over (a throwaway cluster, or HANDOFF_TEST_PG_URL)
// with a migrated template database that each test store clones.
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { readDialects } from './dialects.js';
import { createDatabase, databaseUrl, dropDatabase } from './postgres-admin.js';
import { startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test PostgreSQL; '' when DIALECTS leaves PostgreSQL out. */
    pgUrl: string;
    /** A migrated database on it that makeTestStore clones. */
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!readDialects(process.env.DIALECTS).includes('postgres')) {
    project.provide('pgUrl', '');
    project.provide('pgTemplate', '');
    return async () => undefined;
  }
  const existingUrl = process.env.HANDOFF_TEST_PG_URL?.trim();
  const cluster = existingUrl ? undefined : await startPostgresCluster();
  const adminUrl = existingUrl || (cluster?.url ?? '');
  const template = `handoff_tpl_${randomBytes(4).toString('hex')}`;
  try {
    await createDatabase(adminUrl, template, 'template0');
    const store = await openDatabase(databaseUrl(adminUrl, template), { poolSize: 1 });
    try {
      await migrateToLatest(store);
    } finally {
      await store.close();
    }
  } catch (error) {
    await cluster?.stop();
    throw new Error(
      `Could not prepare the test PostgreSQL at ${cluster ? 'the throwaway cluster' : 'HANDOFF_TEST_PG_URL'}`,
      {
        cause: error,
      },
    );
  }
  project.provide('pgUrl', adminUrl);
  project.provide('pgTemplate', template);
  return async () => {
    if (cluster) {
      await cluster.stop();
    } else {
      await dropDatabase(adminUrl, template);
    }
  };
}
