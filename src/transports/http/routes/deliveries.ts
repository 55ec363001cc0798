// /v1/deliveries: what was sent where and how it went; retry one, replay the dead letters of a time range;
// /v1/delivery-endpoints: each endpoint's standing, and enabling a disabled one again. Admin keys only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDelivery } from '../../../services/deliveries/get-delivery.js';
import {
  enableDeliveryEndpoint,
  listDeliveryEndpoints,
} from '../../../services/deliveries/delivery-endpoints.js';
import { ListDeliveriesInput, listDeliveries } from '../../../services/deliveries/list-deliveries.js';
import {
  ReplayDeadLettersInput,
  replayDeadLetters,
} from '../../../services/deliveries/replay-dead-letters.js';
import { retryDelivery } from '../../../services/deliveries/retry-delivery.js';
import type { RouteDeps } from '../make-app.js';

const IdParam = z.strictObject({ id: z.string().min(1).max(100) });

export const deliveriesRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/v1/deliveries',
    {
      schema: {
        summary: 'List deliveries, newest first (filters; cursor pagination)',
        tags: ['deliveries'],
        querystring: ListDeliveriesInput,
      },
    },
    async (request) => listDeliveries({ ctx: deps.contextOf(request.actor), input: request.query }),
  );
  typed.get(
    '/v1/deliveries/:id',
    { schema: { summary: 'One delivery and its attempts', tags: ['deliveries'], params: IdParam } },
    async (request) => getDelivery({ ctx: deps.contextOf(request.actor), id: request.params.id }),
  );
  typed.post(
    '/v1/deliveries/:id/retry',
    {
      schema: {
        summary: 'Try a delivered or dead delivery again now, with the same message id',
        tags: ['deliveries'],
        params: IdParam,
      },
    },
    async (request) => retryDelivery({ ctx: deps.contextOf(request.actor), id: request.params.id }),
  );
  typed.post(
    '/v1/deliveries/replay',
    {
      schema: {
        summary: 'Requeue the dead letters set aside in a time range',
        tags: ['deliveries'],
        body: ReplayDeadLettersInput,
      },
    },
    async (request) => replayDeadLetters({ ctx: deps.contextOf(request.actor), input: request.body }),
  );
  typed.get(
    '/v1/delivery-endpoints',
    { schema: { summary: 'Endpoints: failures in a row, disabled or not', tags: ['deliveries'] } },
    async (request) => ({ items: await listDeliveryEndpoints({ ctx: deps.contextOf(request.actor) }) }),
  );
  typed.post(
    '/v1/delivery-endpoints/:endpoint/enable',
    {
      schema: {
        summary: 'Enable a disabled endpoint again: failures forgotten, what it set aside requeued',
        tags: ['deliveries'],
        params: z.strictObject({ endpoint: z.string().min(1).max(100) }),
      },
    },
    async (request) =>
      enableDeliveryEndpoint({ ctx: deps.contextOf(request.actor), endpoint: request.params.endpoint }),
  );
};
