// /v1/metrics: the headline metrics, rates, SLA, backlog, bottlenecks, groups and series; and the CSV export.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportMetricsCsv } from '../../../services/metrics/export-metrics-csv.js';
import { getMetrics } from '../../../services/metrics/get-metrics.js';
import { MetricsQuery } from '../../../services/metrics/metrics-query.js';
import type { RouteDeps } from '../make-app.js';

export const metricsRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/v1/metrics',
    {
      schema: {
        summary: 'Metrics over a range of escalations opened (human: their teams; admin: all)',
        tags: ['metrics'],
        querystring: MetricsQuery,
      },
    },
    async (request) => getMetrics({ ctx: deps.contextOf(request.actor), input: request.query }),
  );
  typed.get(
    '/v1/metrics/export.csv',
    {
      schema: {
        summary: 'One CSV row per escalation opened in the range, with its metric facts',
        tags: ['metrics'],
        querystring: MetricsQuery,
      },
    },
    async (request, reply) => {
      const csv = await exportMetricsCsv({ ctx: deps.contextOf(request.actor), input: request.query });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="escalations.csv"')
        .send(csv);
    },
  );
};
