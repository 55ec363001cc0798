// Dashboard sessions in the database: made at sign-in for a key already authenticated, read on every request that
// rides on the cookie, ended at sign-out. Any node serves any session, and a restart signs nobody out.
import { createHash, randomBytes } from 'node:crypto';
import type { Actor, Scope } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { deleteDashboardSessionsBeyond } from '../../store/queries/delete-dashboard-sessions-beyond.js';
import { deleteEndedDashboardSessions } from '../../store/queries/delete-ended-dashboard-sessions.js';
import { insertDashboardSession } from '../../store/queries/insert-dashboard-session.js';
import { markDashboardSessionRevoked } from '../../store/queries/mark-dashboard-session-revoked.js';
import { selectDashboardSession } from '../../store/queries/select-dashboard-session.js';
import { touchDashboardSession } from '../../store/queries/touch-dashboard-session.js';
import type { Store } from '../../store/store.js';

export interface SessionLimits {
  /** A session unused this long ends (default 8 hours). */
  idleMs: number;
  /** A session ends this long after sign-in, used or not (default 24 hours). */
  maxAgeMs: number;
  /** Sessions one key holds at most; signing in past it ends that key's oldest (default 100). */
  maxPerKey: number;
}

export const defaultSessionLimits: SessionLimits = {
  idleMs: 8 * 3600_000,
  maxAgeMs: 24 * 3600_000,
  maxPerKey: 100,
};

/** Last-seen is written at most this often per session; the idle limit is therefore exact to within it. */
const TOUCH_EVERY_MS = 60_000;

export interface SessionStore {
  /** A new session for an actor already authenticated with a key; its id goes in the cookie. */
  create(actor: Actor): Promise<string>;
  /** Who a live session stands for (and marks it used), or undefined for an unknown, ended or revoked one. */
  actorOf(id: string): Promise<Actor | undefined>;
  /** Ends the session on every node. */
  end(id: string): Promise<void>;
}

/** The session id is 32 random bytes: one unsalted SHA-256 is enough, there is nothing to guess from. */
const hashSessionId = (id: string): string => createHash('sha256').update(id).digest('hex');

export function makeSessionStore(
  store: Store,
  clock: () => number,
  limits: SessionLimits = defaultSessionLimits,
): SessionStore {
  const touchEvery = Math.min(TOUCH_EVERY_MS, Math.floor(limits.idleMs / 10));
  return {
    async create(actor) {
      if (actor.keyId === null || actor.kind === 'system') {
        throw new HandoffError('forbidden', 'only an API key can sign in to the dashboard', { path: 'key' });
      }
      const now = clock();
      await deleteEndedDashboardSessions(store.db, now, now - limits.idleMs, 1000);
      const id = randomBytes(32).toString('base64url');
      await insertDashboardSession(store.db, {
        id_hash: hashSessionId(id),
        key_id: actor.keyId,
        created_at: now,
        expires_at: now + limits.maxAgeMs,
        last_seen_at: now,
        revoked_at: null,
      });
      await deleteDashboardSessionsBeyond(store.db, actor.keyId, limits.maxPerKey);
      return id;
    },
    async actorOf(id) {
      // A cookie value of another shape was never made here: refused without a look-up.
      if (!/^[\w-]{43}$/.test(id)) {
        return undefined;
      }
      const idHash = hashSessionId(id);
      const row = await selectDashboardSession(store.db, idHash);
      const now = clock();
      if (
        row === undefined ||
        row.revoked_at !== null ||
        row.key_revoked_at !== null ||
        now >= row.expires_at ||
        now - row.last_seen_at > limits.idleMs
      ) {
        return undefined;
      }
      if (now - row.last_seen_at >= touchEvery) {
        await touchDashboardSession(store.db, idHash, now, now - touchEvery);
      }
      return { kind: row.scope as Scope, keyId: row.key_id, name: row.name, personId: row.person_id };
    },
    async end(id) {
      await markDashboardSessionRevoked(store.db, hashSessionId(id), clock());
    },
  };
}
