// /integrations/slack: Slack's interaction (button) and slash-command requests. Slack sends no API key: the
// signature over the raw form body is the credential, checked by the services before anything is read.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../../context.js';
import { HandoffError } from '../../../errors.js';
import { answerSlackAction } from '../../../services/integrations/answer-slack-action.js';
import { answerSlackCommand } from '../../../services/integrations/answer-slack-command.js';
import { makeSlackIdentity } from '../../../services/integrations/slack-identity.js';
import type { SignedSlackRequest } from '../../../services/integrations/slack-signature.js';
import type { RouteDeps } from '../make-app.js';

/** Before the signature is checked a request is nobody: a human actor tied to no person sees nothing. */
const unverified: Actor = { kind: 'human', keyId: null, name: 'slack (unverified)', personId: null };

const utf8 = new TextDecoder('utf-8', { fatal: true });

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

function signedRequest(request: FastifyRequest): SignedSlackRequest {
  if (typeof request.body !== 'string') {
    throw new HandoffError('wrong_content_type', 'Slack requests are application/x-www-form-urlencoded', {
      path: 'content-type',
    });
  }
  return {
    rawBody: request.body,
    timestamp: header(request, 'x-slack-request-timestamp'),
    signature: header(request, 'x-slack-signature'),
  };
}

const schema = (summary: string) => ({ summary, tags: ['slack'], security: [] });

export const slackRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const identity = makeSlackIdentity(process.env, deps.options.logger);
  // Scoped to these routes: the body stays the exact string Slack signed.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer' },
    (_request, body, done) => {
      try {
        done(null, utf8.decode(body as Buffer));
      } catch (error) {
        done(
          new HandoffError('bad_request', 'the body is not valid UTF-8', { path: 'body', cause: error }),
          undefined,
        );
      }
    },
  );
  app.post(
    '/integrations/slack/actions',
    { schema: schema('A button clicked on an escalation message in Slack (signed by Slack)') },
    async (request, reply) => {
      const answer = await answerSlackAction({
        ctx: deps.contextOf(unverified),
        identity,
        request: signedRequest(request),
      });
      return answer === null ? reply.status(200).send() : reply.status(200).send(answer);
    },
  );
  app.post(
    '/integrations/slack/commands',
    { schema: schema('The /handoff slash command (signed by Slack)') },
    async (request) =>
      answerSlackCommand({ ctx: deps.contextOf(unverified), identity, request: signedRequest(request) }),
  );
};
