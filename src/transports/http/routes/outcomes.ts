// /v1/cases/:id/outcome: the AI system reports how a conversation it kept ended.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ReportCaseOutcomeInput } from '../../../services/escalations/inputs.js';
import { reportCaseOutcome } from '../../../services/escalations/report-case-outcome.js';
import type { RouteDeps } from '../make-app.js';

const Params = z.strictObject({ id: z.string().min(1).max(200) });

export const outcomeRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/v1/cases/:id/outcome',
    {
      schema: {
        summary:
          'How a conversation ended (resolved_by_ai, escalated_later, customer_complained, reopened); the latest report wins',
        tags: ['metrics'],
        params: Params,
        body: ReportCaseOutcomeInput,
      },
    },
    async (request) =>
      reportCaseOutcome({
        ctx: deps.contextOf(request.actor),
        caseId: request.params.id,
        input: request.body,
      }),
  );
};
