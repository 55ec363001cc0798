// /v1/session: the dashboard signs in with a key once and then holds an httpOnly, SameSite=Strict cookie naming a
// session kept in the database (any node serves it, a restart keeps it); the key never reaches the page's JavaScript
// again. Requests made with the cookie that change something must also prove they come from the dashboard's own page
// (CSRF): see `assertSameSite`.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../context.js';
import { HandoffError } from '../../../errors.js';
import { teamsOf } from '../../../services/authorize.js';
import { defaultSessionLimits, type SessionStore } from '../../../services/keys/dashboard-sessions.js';
import type { RouteDeps } from '../make-app.js';

export const SESSION_COOKIE = 'handoff_session';
/** The header the dashboard sends on every request; a cross-site form cannot send it, a cross-site fetch must ask. */
export const CSRF_HEADER = 'x-requested-with';

export { makeSessionStore, type SessionLimits } from '../../../services/keys/dashboard-sessions.js';

/** The session id in the request's Cookie header, if any. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) {
    return undefined;
  }
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === SESSION_COOKIE) {
      const value = part.slice(at + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}

const cookie = (request: FastifyRequest, value: string, maxAgeS: number): string =>
  `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeS}` +
  (request.protocol === 'https' ? '; Secure' : '');

export const clearSessionCookie = (request: FastifyRequest): string => cookie(request, '', 0);

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/**
 * A request riding on the cookie that changes something must come from this origin's page: SameSite=Strict keeps
 * the cookie off cross-site requests in browsers that honour it, and on top of that the request must carry
 * `X-Requested-With` (a cross-site page cannot add it without a CORS preflight this server never grants) and, when
 * the browser names them, an `Origin` equal to this server's and `Sec-Fetch-Site: same-origin`.
 */
export function assertSameSite(request: FastifyRequest): void {
  if (safeMethods.has(request.method)) {
    return;
  }
  const refuse = (why: string): never => {
    throw new HandoffError('forbidden', `cross-site request refused: ${why}`, { path: why.split(' ')[0] });
  };
  if (request.headers[CSRF_HEADER] === undefined) {
    refuse(`${CSRF_HEADER} header missing (the dashboard sends it)`);
  }
  // Host only: behind a proxy that ends TLS the page's origin is https while this server sees http.
  const origin = request.headers.origin;
  if (origin !== undefined && hostOf(origin) !== request.host) {
    refuse(`origin ${origin} is not this server`);
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') {
    refuse(`sec-fetch-site is ${String(site)}`);
  }
}

const SignIn = z.strictObject({ key: z.string().min(1).max(500) });

/** Who is signed in, with what the dashboard needs to draw its filters. */
async function describe(deps: RouteDeps, actor: Actor) {
  const runtime = await deps.options.playbook.get();
  return {
    name: actor.name,
    kind: actor.kind,
    personId: actor.personId,
    myTeams: teamsOf(actor, runtime),
    teams: [...runtime.teams.keys()],
    tiers: runtime.tierOrder,
    statuses: runtime.workflow.statuses.map((id) => ({ id, category: runtime.workflow.categoryOf(id) })),
    triggers: runtime.playbook.triggers.map((trigger) => trigger.id),
    locales: runtime.playbook.locales ?? ['en', 'tr'],
    playbookVersion: runtime.version,
  };
}

export const sessionRoutes = (deps: RouteDeps, sessions: SessionStore) => async (app: FastifyInstance) => {
  const maxAgeS = Math.floor((deps.options.sessionLimits ?? defaultSessionLimits).maxAgeMs / 1000);
  app.post(
    '/v1/session',
    {
      schema: {
        summary: 'Sign the dashboard in with a key: sets an httpOnly, SameSite=Strict session cookie',
        tags: ['session'],
        security: [],
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      assertSameSite(request);
      const parsed = SignIn.safeParse(request.body);
      if (!parsed.success) {
        throw new HandoffError('bad_request', 'send { "key": "hk_…" }', { path: 'key' });
      }
      const actor = await deps.options.authenticator.authenticate(parsed.data.key);
      if (actor.kind === 'agent') {
        throw new HandoffError(
          'forbidden',
          'an agent key cannot sign in to the dashboard: use a person or admin key',
          {
            path: 'key',
          },
        );
      }
      const id = await sessions.create(actor);
      return reply.header('set-cookie', cookie(request, id, maxAgeS)).send(await describe(deps, actor));
    },
  );
  app.get(
    '/v1/session',
    { schema: { summary: 'Who the session (or key) belongs to', tags: ['session'] } },
    async (request) => describe(deps, request.actor),
  );
  app.delete(
    '/v1/session',
    {
      schema: {
        summary: 'Sign out: ends the session and clears its cookie',
        tags: ['session'],
        security: [],
      },
    },
    async (request, reply) => {
      assertSameSite(request);
      const id = sessionIdOf(request);
      if (id !== undefined) {
        await sessions.end(id);
      }
      return reply.header('set-cookie', clearSessionCookie(request)).status(204).send();
    },
  );
};
