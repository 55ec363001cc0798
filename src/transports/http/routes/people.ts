// /v1/people: who is in the playbook, available, at work, and how loaded; people set their own availability.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SetAvailabilityInput } from '../../../services/escalations/inputs.js';
import { listPeople } from '../../../services/people/list-people.js';
import { setAvailability } from '../../../services/people/set-availability.js';
import type { RouteDeps } from '../make-app.js';

export const peopleRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/v1/people',
    {
      schema: {
        summary: 'People with availability, working hours and load',
        description:
          'A human key sees the people who share a team with its person (themselves included), e-mails and all; an admin key sees everyone.',
        tags: ['people'],
      },
    },
    async (request) => ({ items: await listPeople({ ctx: deps.contextOf(request.actor) }) }),
  );
  typed.post(
    '/v1/people/:id/availability',
    {
      schema: {
        summary: 'Go available (pulls waiting escalations) or away',
        tags: ['people'],
        params: z.strictObject({ id: z.string().min(1).max(100) }),
        body: SetAvailabilityInput,
      },
    },
    async (request) =>
      setAvailability({
        ctx: deps.contextOf(request.actor),
        personId: request.params.id,
        input: request.body,
      }),
  );
};
