// POST /v1/drills: decide past cases with a playbook version, optionally against another (admin keys).
import type { FastifyInstance } from 'fastify';
import {
  assertMayDrill,
  drillPlaybook,
  MAX_DRILL_BODY_BYTES,
} from '../../../services/drills/drill-playbook.js';
import type { RouteDeps } from '../make-app.js';

export const drillsRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  app.post(
    '/v1/drills',
    {
      bodyLimit: MAX_DRILL_BODY_BYTES,
      schema: {
        summary:
          'Drill past cases: { playbook (YAML) | version, cases: [...], against?: version | "active" | { yaml } }',
        tags: ['drills'],
      },
      // Checked before a body of up to 32 MiB is read.
      preParsing: async (request) => {
        assertMayDrill(deps.contextOf(request.actor));
      },
    },
    async (request) => drillPlaybook({ ctx: deps.contextOf(request.actor), input: request.body }),
  );
};
