// POST /integrations/chatwoot/:integration: Chatwoot's agent bot (and account webhook) calls. Chatwoot sends no API
// key and does not sign agent bot calls: the secret token in the URL (?token=…) is the credential, checked by the
// service before anything is read.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { receiveChatwootWebhook } from '../../../services/integrations/receive-chatwoot-webhook.js';
import type { Actor } from '../../../context.js';
import type { RouteDeps } from '../make-app.js';

/** Before its credential is checked a call is nobody: a human actor tied to no person sees nothing. */
const unverified: Actor = { kind: 'human', keyId: null, name: 'chatwoot (unverified)', personId: null };

export const chatwootRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/integrations/chatwoot/:integration',
    {
      schema: {
        summary: "A Chatwoot agent bot or webhook call (the URL's token is its credential)",
        description:
          'message_created from the customer is evaluated (or relayed to the open escalation), from an agent it ' +
          'becomes a comment; conversation_status_changed / conversation_resolved to resolved resolves the escalation. ' +
          '401 unauthorized without the right token; 404 no such integration.',
        tags: ['integrations'],
        security: [],
        params: z.object({ integration: z.string().min(1).max(100) }),
        querystring: z.looseObject({ token: z.string().max(500).optional() }),
      },
    },
    async (request) =>
      receiveChatwootWebhook({
        ctx: deps.contextOf(unverified),
        input: {
          integration: request.params.integration,
          token: request.query.token,
          body: request.body,
          env: process.env,
        },
      }),
  );
};
