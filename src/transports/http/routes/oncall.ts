// /v1/oncall: who is on call now or at a time T, per rotation; a rotation's shifts over a period.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOnCall, listShifts, OnCallQuery, ShiftsQuery } from '../../../services/people/list-on-call.js';
import type { RouteDeps } from '../make-app.js';

export const onCallRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/v1/oncall',
    {
      schema: {
        summary: 'Who is on call in each rotation, now or at ?at=',
        tags: ['on-call'],
        querystring: OnCallQuery,
      },
    },
    async (request) => listOnCall({ ctx: deps.contextOf(request.actor), input: request.query }),
  );
  typed.get(
    '/v1/oncall/:rotation/shifts',
    {
      schema: {
        summary: 'The shifts of one rotation between ?from= and ?to=',
        tags: ['on-call'],
        params: z.strictObject({ rotation: z.string().min(1).max(100) }),
        querystring: ShiftsQuery,
      },
    },
    async (request) =>
      listShifts({
        ctx: deps.contextOf(request.actor),
        rotationId: request.params.rotation,
        input: request.query,
      }),
  );
};
