// /healthz (the process answers), /readyz (the database takes a write and a playbook is active), /metrics (Prometheus
// text).
import type { FastifyInstance } from 'fastify';
import { toHandoffError } from '../error-reply.js';
import type { RouteDeps } from '../make-app.js';

export const healthRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const { status } = deps.options;
  app.get('/healthz', { schema: { summary: 'Liveness', tags: ['health'], security: [] } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Readiness: the database takes a write, a playbook is active',
        tags: ['health'],
        security: [],
      },
    },
    async (request, reply) => {
      try {
        await status.checkDatabase();
        const runtime = await deps.options.playbook.get();
        return { status: 'ready', playbookVersion: runtime.version };
      } catch (error) {
        // Anyone may ask: the reason is the error's own words for `unavailable` (the cause went to the logs), and
        // nothing of an unexpected fault.
        const handoffError = toHandoffError(error);
        if (handoffError.code === 'internal') {
          request.log.error({ err: error }, 'readiness check failed');
        }
        const reason = handoffError.code === 'internal' ? 'internal error' : handoffError.message;
        return reply.status(503).header('retry-after', '1').send({ status: 'unavailable', reason });
      }
    },
  );
  app.get(
    '/metrics',
    { schema: { summary: 'Prometheus metrics', tags: ['health'] } },
    async (request, reply) => {
      const lines = `${await status.renderMetrics(request.actor)}${deps.streams.metricLines().join('\n')}\n`;
      return reply.type('text/plain; version=0.0.4').send(lines);
    },
  );
};
