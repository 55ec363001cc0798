// GET /v1/calibration: confidence thresholds tuned from outcomes, with the playbook change they call for (admin keys).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calibrateThresholds } from '../../../services/calibration/calibrate-thresholds.js';
import type { RouteDeps } from '../make-app.js';

export const calibrationRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/calibration',
    {
      schema: {
        summary:
          'Per task type and risk level, the lowest confidence threshold that keeps the miss rate under the target with 95 % confidence (?from&to)',
        tags: ['calibration'],
      },
    },
    async (request) => calibrateThresholds({ ctx: deps.contextOf(request.actor), input: request.query }),
  );
};
