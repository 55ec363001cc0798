// Looks up an API key by the hash of its text: what authenticating a request reads.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { ApiKeysTable } from '../tables.js';

export type ApiKeyIdentity = Pick<
  Selectable<ApiKeysTable>,
  'id' | 'name' | 'scope' | 'person_id' | 'revoked_at'
>;

/** Revoked keys are returned too (with `revoked_at` set); undefined for an unknown hash. */
export async function selectApiKeyByHash(db: Db, keyHash: string): Promise<ApiKeyIdentity | undefined> {
  return db
    .selectFrom('api_keys')
    .select(['id', 'name', 'scope', 'person_id', 'revoked_at'])
    .where('key_hash', '=', keyHash)
    .executeTakeFirst();
}
