// Reads a dashboard session by the hash of its id, with the API key it stands for: what every request riding on
// the session cookie reads (one primary-key look-up and one join).
import type { Db } from '../store.js';

export interface DashboardSessionIdentity {
  key_id: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
  revoked_at: number | null;
  name: string;
  scope: string;
  person_id: string | null;
  key_revoked_at: number | null;
}

/** Ended and revoked sessions are returned too; undefined for an unknown hash (or a key that is gone). */
export async function selectDashboardSession(
  db: Db,
  idHash: string,
): Promise<DashboardSessionIdentity | undefined> {
  const row = await db
    .selectFrom('dashboard_sessions')
    .innerJoin('api_keys', 'api_keys.id', 'dashboard_sessions.key_id')
    .select([
      'dashboard_sessions.key_id',
      'dashboard_sessions.created_at',
      'dashboard_sessions.expires_at',
      'dashboard_sessions.last_seen_at',
      'dashboard_sessions.revoked_at',
      'api_keys.name',
      'api_keys.scope',
      'api_keys.person_id',
      'api_keys.revoked_at as key_revoked_at',
    ])
    .where('dashboard_sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : {
        ...row,
        created_at: Number(row.created_at),
        expires_at: Number(row.expires_at),
        last_seen_at: Number(row.last_seen_at),
        revoked_at: row.revoked_at === null ? null : Number(row.revoked_at),
        key_revoked_at: row.key_revoked_at === null ? null : Number(row.key_revoked_at),
      };
}
