// Runs the numbered migrations, listed here rather than found on disk so they work from dist.
import type { Migration, MigrationProvider } from 'kysely';
import { Migrator } from 'kysely';
import { HandoffError } from '../errors.js';
import { initial } from './migrations/0001-initial.js';
import { openedBy } from './migrations/0002-opened-by.js';
import { slaAndTimers } from './migrations/0003-sla-and-timers.js';
import { evaluationCaller } from './migrations/0004-evaluation-caller.js';
import { dropRedundantIndex } from './migrations/0005-drop-redundant-index.js';
import { frequencyOccurrences } from './migrations/0006-frequency-occurrences.js';
import { deliveries } from './migrations/0007-deliveries.js';
import { outcomesAndShadow } from './migrations/0008-outcomes-and-shadow.js';
import { metrics } from './migrations/0009-metrics.js';
import { metricRollups } from './migrations/0010-metric-rollups.js';
import { dashboardSessions } from './migrations/0011-dashboard-sessions.js';
import { helpdeskLinks } from './migrations/0012-helpdesk-links.js';
import { audits } from './migrations/0013-audits.js';
import { incidents } from './migrations/0014-incidents.js';
import { rollupsRebuild } from './migrations/0015-rollups-rebuild.js';
import { sharedEventIds } from './migrations/0016-shared-event-ids.js';
import type { SchemaTypes } from './migrations/schema-types.js';
import { postgresSchemaTypes } from './postgres/postgres-sql.js';
import { sqliteSchemaTypes } from './sqlite/sqlite-sql.js';
import type { DialectName, Store } from './store.js';

const schemaTypes: Record<DialectName, SchemaTypes> = {
  sqlite: sqliteSchemaTypes,
  postgres: postgresSchemaTypes,
};

/** Every migration in order; names sort as they must run. Append, never edit one that shipped. */
export function migrations(types: SchemaTypes): Record<string, Migration> {
  return {
    '0001-initial': initial(types),
    '0002-opened-by': openedBy(),
    '0003-sla-and-timers': slaAndTimers(types),
    '0004-evaluation-caller': evaluationCaller(),
    '0005-drop-redundant-index': dropRedundantIndex(),
    '0006-frequency-occurrences': frequencyOccurrences(),
    '0007-deliveries': deliveries(types),
    '0008-outcomes-and-shadow': outcomesAndShadow(types),
    '0009-metrics': metrics(types),
    '0010-metric-rollups': metricRollups(types),
    '0011-dashboard-sessions': dashboardSessions(),
    '0012-helpdesk-links': helpdeskLinks(),
    '0013-audits': audits(types),
    '0014-incidents': incidents(types),
    '0015-rollups-rebuild': rollupsRebuild(),
    '0016-shared-event-ids': sharedEventIds(types),
  };
}

/**
 * Applies the migrations not yet applied and returns their names. Safe when several nodes start
 * at once: on PostgreSQL Kysely holds an advisory lock and each migration runs in one transaction;
 * on SQLite the transaction begins IMMEDIATE, which excludes other processes the same way.
 */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(schemaTypes[store.dialect]) };
  const { error, results = [] } = await new Migrator({ db: store.db, provider }).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'set-up';
    throw new HandoffError('internal', `database migration ${failed} failed`, { cause: error });
  }
  return results.map((result) => result.migrationName);
}
