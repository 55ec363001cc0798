// `/`: the web dashboard, the files `npm run build` writes to dist/web (index.html and assets/), served as they are:
// nothing is fetched from elsewhere, and the page may load only this origin's scripts (Content-Security-Policy).
// Also the two read models its views draw that no other route gives: the on-call overview and the escalation matrix.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getOnCallOverview, OnCallOverviewQuery } from '../../../services/people/get-on-call-overview.js';
import { getPlaybookMatrix } from '../../../services/playbooks/get-playbook-matrix.js';
import type { RouteDeps } from '../make-app.js';

/** dist/web of this package, from src/transports/http/routes (tests) and from dist/transports/http/routes alike. */
export const defaultWebRoot = fileURLToPath(new URL('../../../../dist/web/', import.meta.url));

const policy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function setHeaders(reply: FastifyReply, path: string): void {
  void reply.header('content-security-policy', policy);
  void reply.header('x-content-type-options', 'nosniff');
  void reply.header('referrer-policy', 'no-referrer');
  // Hashed asset names never change their content; the page itself is asked for again each time.
  void reply.header(
    'cache-control',
    path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

export const dashboardRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/v1/oncall/overview',
    {
      schema: {
        summary:
          'Who is on call now and next in every rotation, and every ladder with whom each step reaches now',
        tags: ['on-call'],
        querystring: OnCallOverviewQuery,
      },
    },
    async (request) => getOnCallOverview({ ctx: deps.contextOf(request.actor), input: request.query }),
  );
  typed.get(
    '/v1/playbook/matrix',
    {
      schema: {
        summary:
          "The active playbook's escalation matrix: tiers × triggers, routes, teams, owners, SLA targets",
        tags: ['playbook'],
      },
    },
    async (request) => getPlaybookMatrix({ ctx: deps.contextOf(request.actor) }),
  );

  const root = deps.options.webRoot ?? defaultWebRoot;
  if (!existsSync(`${root}/index.html`)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('The dashboard is not built: run `npm run build` (the API and its docs at /docs work).\n'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // One route per built file (found now), so every other path keeps the API's 404.
    wildcard: false,
    index: ['index.html'],
    decorateReply: false,
    cacheControl: false,
    setHeaders,
    schemaHide: true,
  });
};
