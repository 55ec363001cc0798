// Builds the HTTP API (Fastify): strict JSON, bearer keys with scopes, per-key rate limits, OpenAPI, one error mapping.
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Authenticator } from '../../services/keys/api-keys.js';
import type { Actor, Context } from '../../context.js';
import { HandoffError, isHandoffError } from '../../errors.js';
import type { EventBus } from '../../runtime/events/event-bus.js';
import type { ActivePlaybook } from '../../services/playbooks/active-playbook.js';
import type { NodeStatus } from '../../services/health/node-status.js';
import { makeAuthFailureLimit } from './auth-failure-limit.js';
import { MAX_PARAM_LENGTH, replyToClientError, sendError, toHandoffError } from './error-reply.js';
import { findNul, registerJsonBody } from './json-body.js';
import { auditsRoutes } from './routes/audits.js';
import { calibrationRoutes } from './routes/calibration.js';
import { chatwootRoutes } from './routes/chatwoot.js';
import { deliveriesRoutes } from './routes/deliveries.js';
import { drillsRoutes } from './routes/drills.js';
import { openApiWebhooks } from './openapi-webhooks.js';
import { escalationRoutes } from './routes/escalations.js';
import { evaluateRoutes } from './routes/evaluate.js';
import { healthRoutes } from './routes/health.js';
import { incidentRoutes } from './routes/incidents.js';
import { mailRoutes } from './routes/mail.js';
import { mcpRoutes } from './routes/mcp.js';
import { metricsRoutes } from './routes/metrics.js';
import { onCallRoutes } from './routes/oncall.js';
import { outcomeRoutes } from './routes/outcomes.js';
import { peopleRoutes } from './routes/people.js';
import { playbookRoutes } from './routes/playbook.js';
import { dashboardRoutes } from './routes/dashboard.js';
import {
  assertSameSite,
  clearSessionCookie,
  makeSessionStore,
  sessionIdOf,
  sessionRoutes,
  type SessionLimits,
} from './routes/session.js';
import { shadowRoutes } from './routes/shadow.js';
import { slackRoutes } from './routes/slack.js';
import { streamRoutes } from './routes/stream.js';
import { zendeskRoutes } from './routes/zendesk.js';
import {
  defaultStreamLimits,
  makeStreamRegistry,
  type StreamLimits,
  type StreamRegistry,
} from './stream-registry.js';

export interface AppOptions {
  /** Builds each request's context (the store lives there, out of the transport's reach). */
  baseContext: Omit<Context, 'actor'>;
  status: NodeStatus;
  clock: () => number;
  logger: Logger;
  events: EventBus;
  playbook: ActivePlaybook;
  authenticator: Authenticator;
  /** Largest accepted body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Requests per minute per key; 0 turns the limit off (default 6000). */
  rateLimitPerMinute?: number;
  /** Failed authentications per minute per client address; 0 turns the limit off (default 60). */
  authFailuresPerMinute?: number;
  version?: string;
  /** Bounds of the event streams (/v1/stream): bytes held per stream, streams per key. */
  streamLimits?: Partial<StreamLimits>;
  /** How long dashboard sessions last (idle and in all) and how many are held. */
  sessionLimits?: SessionLimits;
  /** The built dashboard (index.html and assets/) served at `/`; default dist/web of this package. */
  webRoot?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** Paths anyone may call: health checks, the API's own documentation, and the dashboard's page and assets. */
const isPublic = (url: string): boolean =>
  url === '/healthz' ||
  url === '/index.html' ||
  url.startsWith('/assets/') ||
  url.startsWith('/integrations/slack/') ||
  url.startsWith('/integrations/chatwoot/') ||
  url.startsWith('/integrations/zendesk/') ||
  url === '/readyz' ||
  url.startsWith('/docs') ||
  url === '/openapi.json' ||
  url === '/';

export async function makeApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Per-request lines are info; the HTTP layer logs only warnings and errors (a hot path at thousands a second).
    loggerInstance: options.logger.child({}, { level: 'warn' }) as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // The router's own refusals (a bad %-escape, an over-long id) and unparseable requests get the one error shape.
    frameworkErrors: (error, _request, reply) => sendError(reply, toHandoffError(error)),
    clientErrorHandler: replyToClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerJsonBody(app);
  app.decorateRequest('actor', null as never);

  app.setErrorHandler((error, request, reply) => {
    const handoffError = toHandoffError(error);
    if (handoffError.code === 'internal') {
      request.log.error({ err: error, url: request.url }, 'request failed');
    }
    return sendError(reply, handoffError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      toHandoffError({ statusCode: 404, message: `no route ${request.method} ${request.url.split('?')[0]}` }),
    ),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Handoff',
        description: 'AI-to-human escalation engine',
        version: options.version ?? '0.0.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
      webhooks: openApiWebhooks,
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const limit = options.rateLimitPerMinute ?? 6000;
  if (limit > 0) {
    // Counted per authenticated key, after authentication and before the body is read: the header's spelling
    // (padding, case) cannot make one key into many.
    await app.register(rateLimit, {
      max: limit,
      timeWindow: 60_000,
      hook: 'preParsing',
      // Public paths have no actor: the allow list (asked after the key is made) lets them through.
      allowList: (request) => isPublic(request.url.split('?')[0] ?? ''),
      keyGenerator: (request) => {
        const actor = request.actor as Actor | null;
        return actor === null ? 'public' : `key:${actor.keyId ?? actor.name}`;
      },
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        message: `rate limit: ${context.max} requests a minute per key; retry in ${context.after}`,
      }),
    });
  }

  const failuresPerMinute = options.authFailuresPerMinute ?? 60;
  const failures =
    failuresPerMinute > 0 ? makeAuthFailureLimit({ max: failuresPerMinute, clock: options.clock }) : null;
  const sessions = makeSessionStore(options.baseContext.store, options.clock, options.sessionLimits);
  const authenticate = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const path = request.url.split('?')[0] ?? '';
    // Signing in and out checks what it is given itself.
    if (isPublic(path) || (path === '/v1/session' && request.method !== 'GET')) {
      return;
    }
    const wait = failures?.waitFor(request.ip) ?? null;
    if (wait !== null) {
      void reply.header('retry-after', wait);
      throw new HandoffError(
        'rate_limited',
        `too many failed authentications from this address (${failuresPerMinute} a minute); retry in ${wait} s`,
      );
    }
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') === true ? header.slice('Bearer '.length).trim() : undefined;
    // The dashboard's session cookie stands for a key when no Authorization header is sent.
    const sessionId = header === undefined ? sessionIdOf(request) : undefined;
    try {
      if (sessionId !== undefined) {
        // The session row names its key: a revoked key or an ended session is refused here, on every node.
        const actor = await sessions.actorOf(sessionId);
        if (actor === undefined) {
          throw new HandoffError('unauthorized', 'the session has ended or is unknown: sign in again');
        }
        assertSameSite(request);
        request.actor = actor;
        return;
      }
      request.actor = await options.authenticator.authenticate(token);
    } catch (error) {
      if (isHandoffError(error) && error.code === 'unauthorized') {
        failures?.recordFailure(request.ip);
        if (sessionId !== undefined) {
          // The browser is signed out: its cookie is cleared.
          void reply.header('set-cookie', clearSessionCookie(request));
        }
      }
      throw error;
    }
  };
  // Authentication runs as each route's last onRequest hook: an address past its failures is refused before a key
  // look-up, and a path no route serves is a 404 with or without a key.
  app.addHook('onRoute', (route) => {
    const existing =
      route.onRequest === undefined
        ? []
        : Array.isArray(route.onRequest)
          ? route.onRequest
          : [route.onRequest];
    route.onRequest = [...existing, authenticate];
  });

  // Path and query values reach SQL too: NUL (%00) is refused there as in JSON bodies.
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query]) {
      const at = findNul(part);
      if (at !== null) {
        throw new HandoffError('bad_request', `${at}: text may not contain the NUL character (U+0000)`, {
          path: at,
        });
      }
    }
  });

  const contextOf = (actor: Actor): Context => ({ ...options.baseContext, actor });
  const streams = makeStreamRegistry({ ...defaultStreamLimits, ...options.streamLimits });
  const deps: RouteDeps = { contextOf, options, streams };
  await app.register(healthRoutes(deps));
  await app.register(evaluateRoutes(deps));
  await app.register(escalationRoutes(deps));
  await app.register(peopleRoutes(deps));
  await app.register(onCallRoutes(deps));
  await app.register(playbookRoutes(deps));
  await app.register(streamRoutes(deps));
  await app.register(deliveriesRoutes(deps));
  await app.register(slackRoutes(deps));
  await app.register(mailRoutes(deps));
  await app.register(metricsRoutes(deps));
  await app.register(outcomeRoutes(deps));
  await app.register(sessionRoutes(deps, sessions));
  await app.register(dashboardRoutes(deps));
  await app.register(drillsRoutes(deps));
  await app.register(shadowRoutes(deps));
  await app.register(calibrationRoutes(deps));
  await app.register(mcpRoutes(deps));
  await app.register(auditsRoutes(deps));
  await app.register(chatwootRoutes(deps));
  await app.register(zendeskRoutes(deps));
  await app.register(incidentRoutes(deps));
  return app;
}

export interface RouteDeps {
  contextOf(actor: Actor): Context;
  options: AppOptions;
  streams: StreamRegistry;
}
