// POST /v1/evaluate: the AI system asks, turn by turn, whether it may go on.
import type { FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Case } from '../../../core/decide/case.js';
import { evaluateCase } from '../../../services/escalations/evaluate-case.js';
import type { RouteDeps } from '../make-app.js';
import { idempotencyKeyOf } from './headers.js';

export const evaluateRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/v1/evaluate',
    {
      schema: {
        summary:
          'Decide a case: continue, escalate or require approval (idempotent on id+turn and Idempotency-Key)',
        tags: ['evaluate'],
        body: Case,
        headers: z.looseObject({ 'idempotency-key': z.string().min(1).max(200).optional() }),
      },
      // The body schema documents the case in OpenAPI; evaluateCase checks it (the same Case schema, the same
      // invalid_case error with the path of the bad field), so it is not checked twice.
      validatorCompiler: (route) =>
        route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validatorCompiler(route as never),
    },
    async (request, reply) => {
      const result = await evaluateCase({
        ctx: deps.contextOf(request.actor),
        input: { case: request.body, idempotencyKey: idempotencyKeyOf(request) },
      });
      return reply
        .status(result.opened ? 201 : 200)
        .header('idempotent-replay', String(result.replayed))
        .send({ decision: result.decision, escalation: result.escalation });
    },
  );
};
