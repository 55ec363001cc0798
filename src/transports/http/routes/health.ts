// /healthz (the process answers), /readyz (the database answers and a playbook is active), /metrics (Prometheus text).
import type { FastifyInstance } from 'fastify';
import { assertScope } from '../../../services/authorize.js';
import type { RouteDeps } from '../make-app.js';

export const healthRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const { status } = deps.options;
  app.get('/healthz', { schema: { summary: 'Liveness', tags: ['health'], security: [] } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/readyz',
    { schema: { summary: 'Readiness: database and active playbook', tags: ['health'], security: [] } },
    async (_request, reply) => {
      try {
        await status.checkDatabase();
        const runtime = await deps.options.playbook.get();
        return { status: 'ready', playbookVersion: runtime.version };
      } catch (error) {
        return reply
          .status(503)
          .send({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
      }
    },
  );
  app.get(
    '/metrics',
    { schema: { summary: 'Prometheus metrics', tags: ['health'] } },
    async (request, reply) => {
      assertScope(request.actor, ['admin']);
      const lines = `${await status.renderMetrics()}${deps.streams.metricLines().join('\n')}\n`;
      return reply.type('text/plain; version=0.0.4').send(lines);
    },
  );
};
