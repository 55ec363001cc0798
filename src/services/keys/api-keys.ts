// API keys: made once and shown once, stored only as a SHA-256 hash, looked up by hash on every request.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Actor, Scope } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';
import { newId } from '../../store/ids.js';
import { insertApiKey } from '../../store/queries/insert-api-key.js';
import { insertApiKeyIfNew } from '../../store/queries/insert-api-key-if-new.js';
import { markApiKeyRevoked } from '../../store/queries/mark-api-key-revoked.js';
import { markApiKeysRevokedByName } from '../../store/queries/mark-api-keys-revoked-by-name.js';
import { selectApiKeyByHash } from '../../store/queries/select-api-key-by-hash.js';
import type { Store } from '../../store/store.js';

export const scopes = ['agent', 'human', 'admin'] as const;

export const CreateApiKeyInput = z.strictObject({
  scope: z.enum(scopes),
  name: z.string().min(1).max(200),
  person: z.string().min(1).max(200).optional().describe('the playbook person a human key belongs to'),
});

/** Keys are 32 random bytes, so one unsalted SHA-256 is enough: there is nothing to guess from. */
export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

export interface CreatedApiKey {
  id: string;
  name: string;
  scope: Scope;
  person: string | null;
  /** The key itself: shown now and never again. */
  key: string;
}

export async function createApiKey(store: Store, input: unknown, now: number): Promise<CreatedApiKey> {
  const { scope, name, person } = parseInput(CreateApiKeyInput, input);
  if (scope === 'human' && person === undefined) {
    throw new HandoffError('bad_request', 'a human key belongs to a person of the playbook: give --person', {
      path: 'person',
    });
  }
  const id = newId(now);
  const key = `hk_${scope}_${randomBytes(32).toString('base64url')}`;
  await insertApiKey(store.db, {
    id,
    name,
    scope,
    person_id: person ?? null,
    key_hash: hashKey(key),
    created_at: now,
    revoked_at: null,
  });
  return { id, name, scope, person: person ?? null, key };
}

/**
 * A new key in place of every live key of the same name: the demo's admin key, printed afresh at each start,
 * so keys from earlier starts stop working instead of piling up.
 */
export async function replaceApiKey(
  store: Store,
  input: { scope: Scope; name: string },
  now: number,
): Promise<CreatedApiKey> {
  await markApiKeysRevokedByName(store.db, input.name, now);
  return createApiKey(store, input, now);
}

/** Adds a key whose text is given (HANDOFF_ADMIN_KEY), once; the same text again changes nothing. */
export async function ensureApiKey(
  store: Store,
  key: string,
  scope: Scope,
  name: string,
  now: number,
): Promise<void> {
  if (key.length < 16) {
    throw new HandoffError('bad_request', `${name}: a key needs at least 16 characters`);
  }
  await insertApiKeyIfNew(store.db, {
    id: newId(now),
    name,
    scope,
    person_id: null,
    key_hash: hashKey(key),
    created_at: now,
    revoked_at: null,
  });
}

export async function revokeApiKey(store: Store, id: string, now: number): Promise<void> {
  if (!(await markApiKeyRevoked(store.db, id, now))) {
    throw new HandoffError('not_found', `no active key ${id}`, { path: 'id' });
  }
}

export interface Authenticator {
  /** The actor a bearer token stands for, or `unauthorized`. */
  authenticate(token: string | undefined): Promise<Actor>;
}

/** Caches lookups for `ttlMs` (a revoked key stops working within that time on every node). */
export function makeAuthenticator(store: Store, clock: () => number, ttlMs = 5_000): Authenticator {
  const cache = new Map<string, { actor: Actor | null; until: number }>();
  return {
    async authenticate(token) {
      if (token === undefined || token === '') {
        throw new HandoffError('unauthorized', 'send Authorization: Bearer <key>');
      }
      const hash = hashKey(token);
      const now = clock();
      let hit = cache.get(hash);
      if (hit === undefined || hit.until < now) {
        const row = await selectApiKeyByHash(store.db, hash);
        const actor: Actor | null =
          row === undefined || row.revoked_at !== null
            ? null
            : { kind: row.scope as Scope, keyId: row.id, name: row.name, personId: row.person_id };
        if (cache.size > 10_000) {
          cache.clear();
        }
        hit = { actor, until: now + ttlMs };
        cache.set(hash, hit);
      }
      if (hit.actor === null) {
        throw new HandoffError('unauthorized', 'this key is unknown or revoked');
      }
      return hit.actor;
    },
  };
}
