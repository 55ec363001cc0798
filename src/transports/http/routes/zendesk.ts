// POST /integrations/zendesk/:integration: Zendesk's webhook calls (event subscriptions). Zendesk sends no API key:
// its signature over the raw body is the credential, so the body is kept as the exact text Zendesk signed.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HandoffError } from '../../../errors.js';
import { receiveZendeskWebhook } from '../../../services/integrations/receive-zendesk-webhook.js';
import type { Actor } from '../../../context.js';
import type { RouteDeps } from '../make-app.js';

/** Before its credential is checked a call is nobody: a human actor tied to no person sees nothing. */
const unverified: Actor = { kind: 'human', keyId: null, name: 'zendesk (unverified)', personId: null };

const utf8 = new TextDecoder('utf-8', { fatal: true });

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

export const zendeskRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  // Scoped to these routes: the signature is checked over the bytes as sent, before any parsing.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, utf8.decode(body as Buffer));
    } catch (error) {
      done(
        new HandoffError('bad_request', 'the body is not valid UTF-8', { path: 'body', cause: error }),
        undefined,
      );
    }
  });
  app.withTypeProvider<ZodTypeProvider>().post(
    '/integrations/zendesk/:integration',
    {
      schema: {
        summary: 'A Zendesk webhook call (signed by Zendesk)',
        description:
          'zen:event-type:ticket.comment_added becomes a comment (an agent) or a customer reply (the requester); ' +
          'zen:event-type:ticket.status_changed to solved or closed resolves the escalation. 401 unauthorized when ' +
          'the signature is missing, wrong or older than 5 minutes; 404 no such integration.',
        tags: ['integrations'],
        security: [],
        params: z.object({ integration: z.string().min(1).max(100) }),
      },
    },
    async (request) => {
      if (typeof request.body !== 'string') {
        throw new HandoffError('wrong_content_type', 'Zendesk calls are application/json', {
          path: 'content-type',
        });
      }
      return receiveZendeskWebhook({
        ctx: deps.contextOf(unverified),
        input: {
          integration: request.params.integration,
          rawBody: request.body,
          signature: header(request, 'x-zendesk-webhook-signature'),
          timestamp: header(request, 'x-zendesk-webhook-signature-timestamp'),
          env: process.env,
        },
      });
    },
  );
};
