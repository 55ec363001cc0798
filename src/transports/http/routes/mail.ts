// POST /integrations/email/inbound: an e-mail reply handed over by a mail provider as the raw MIME message.
import type { FastifyInstance } from 'fastify';
import { HandoffError } from '../../../errors.js';
import {
  MAX_INBOUND_MAIL_BYTES,
  receiveMailReply,
} from '../../../services/integrations/receive-mail-reply.js';
import type { RouteDeps } from '../make-app.js';

export const mailRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  // The message is taken as bytes, whatever its charset: MIME says how to read each part.
  app.addContentTypeParser('message/rfc822', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  app.post(
    '/integrations/email/inbound',
    {
      bodyLimit: MAX_INBOUND_MAIL_BYTES,
      schema: {
        summary: 'Take an e-mail reply (raw MIME, Content-Type: message/rfc822) as a comment',
        description:
          'For a mail provider that forwards inbound mail over HTTP. The reply must be addressed to the reply+<token>@ ' +
          'address of a message Handoff sent and come from the address that message went to. 202 with the comment; ' +
          '400 bad_mime, 403 forbidden (another sender), 413 over 10 MiB, 422 unknown_reply_token or nothing to add.',
        tags: ['integrations'],
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) {
        throw new HandoffError(
          'wrong_content_type',
          'send the raw message with Content-Type: message/rfc822',
          {
            path: 'content-type',
          },
        );
      }
      const received = await receiveMailReply({
        ctx: deps.contextOf(request.actor),
        input: { raw: request.body },
      });
      return reply.status(202).send(received);
    },
  );
};
