// Dashboard sessions kept in the database, so a restart keeps people signed in and every node behind a balancer
// knows every session. Only a hash of the session id is stored: the cookie's value never rests in the database.
import type { Kysely, Migration } from 'kysely';

const millis = 'bigint';

export function dashboardSessions(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('dashboard_sessions')
        // SHA-256 (hex) of the 32 random bytes the cookie carries.
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        // The API key signed in with: its revocation ends the session.
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('created_at', millis, (c) => c.notNull())
        // created_at + the longest a session may last; the idle limit is counted from last_seen_at.
        .addColumn('expires_at', millis, (c) => c.notNull())
        .addColumn('last_seen_at', millis, (c) => c.notNull())
        // Set by signing out; the row stays until it expires, so an old cookie is refused as ended.
        .addColumn('revoked_at', millis)
        .execute();
      await db.schema
        .createIndex('dashboard_sessions_key_id_created_at')
        .on('dashboard_sessions')
        .columns(['key_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('dashboard_sessions_expires_at')
        .on('dashboard_sessions')
        .column('expires_at')
        .execute();
    },
  };
}
