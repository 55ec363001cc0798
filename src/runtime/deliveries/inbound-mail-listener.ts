// The SMTP door for e-mail replies: a small SMTP server (smtp-server) that accepts mail only for reply+<token>@ a
// reply domain of the active playbook and hands each message to receiveMailReply.
import { SMTPServer } from 'smtp-server';
import { type Context, systemActor } from '../../context.js';
import { parseReplyAddress } from '../../core/deliveries/reply-address.js';
import { HandoffError, isHandoffError } from '../../errors.js';
import { MAX_INBOUND_MAIL_BYTES, receiveMailReply } from '../../services/integrations/receive-mail-reply.js';

export interface InboundMailListener {
  port: number;
  close(): Promise<void>;
}

export interface InboundMailOptions {
  context: Omit<Context, 'actor'>;
  port: number;
  host?: string | undefined;
  /** Largest message in bytes (default and at most 10 MiB). */
  sizeLimit?: number | undefined;
}

const smtpError = (code: number, message: string): Error =>
  Object.assign(new Error(message), { responseCode: code });

/** The SMTP reply for a refused message: the sender's fault is permanent (5xx), ours temporary (4xx). */
function replyFor(error: unknown): Error {
  if (!isHandoffError(error)) {
    return smtpError(451, 'temporary failure, try again later');
  }
  switch (error.code) {
    case 'payload_too_large':
      return smtpError(552, error.message);
    case 'unavailable':
    case 'internal':
      return smtpError(451, 'temporary failure, try again later');
    case 'bad_mime':
      return smtpError(554, error.message);
    default:
      return smtpError(550, error.message);
  }
}

/** Starts listening; resolves once the port is bound. */
export async function startInboundMailListener(options: InboundMailOptions): Promise<InboundMailListener> {
  const sizeLimit = Math.min(options.sizeLimit ?? MAX_INBOUND_MAIL_BYTES, MAX_INBOUND_MAIL_BYTES);
  const ctx: Context = { ...options.context, actor: systemActor };
  const server = new SMTPServer({
    name: 'handoff',
    banner: 'Handoff reply intake',
    size: sizeLimit,
    authOptional: true,
    // Plain SMTP behind the domain's MX or a relay: no authentication, no TLS of its own.
    disabledCommands: ['AUTH', 'STARTTLS'],
    maxClients: 100,
    socketTimeout: 60_000,
    logger: false,
    onRcptTo(address, _session, callback) {
      const reply = parseReplyAddress(address.address);
      if (reply === null) {
        callback(smtpError(550, 'no such mailbox: only reply+<token>@ addresses take mail here'));
        return;
      }
      options.context
        .playbook()
        .then((runtime) => {
          const domains = new Set(
            (runtime.playbook.integrations?.email ?? []).map((email) => email.reply_domain?.toLowerCase()),
          );
          callback(
            domains.has(reply.domain)
              ? undefined
              : smtpError(550, `no such mailbox: ${reply.domain} is not a reply domain here`),
          );
        })
        .catch(() => callback(smtpError(451, 'temporary failure, try again later')));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let length = 0;
      stream.on('data', (chunk: Buffer) => {
        length += chunk.length;
        // Past the limit the rest is read and dropped: memory stays bounded whatever the client sends.
        if (length <= sizeLimit) {
          chunks.push(chunk);
        }
      });
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        if (stream.sizeExceeded || length > sizeLimit) {
          callback(smtpError(552, `message exceeds the limit of ${sizeLimit} bytes`));
          return;
        }
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        receiveMailReply({ ctx, input: { raw: Buffer.concat(chunks), recipients } })
          .then(() => callback())
          .catch((error: unknown) => {
            if (!isHandoffError(error) || error.code === 'internal') {
              ctx.logger.error({ err: error }, 'an e-mail reply could not be taken');
            }
            callback(replyFor(error));
          });
      });
    },
  });
  server.on('error', (error) => ctx.logger.warn({ err: error }, 'inbound mail listener'));
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.server.off('error', fail);
      resolve();
    });
  });
  const bound = server.server.address();
  return {
    port: typeof bound === 'object' && bound !== null ? bound.port : options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts the listener when `HANDOFF_SMTP_INBOUND_PORT` is set (on `HANDOFF_SMTP_INBOUND_HOST`, default 127.0.0.1),
 * else resolves null.
 */
export async function startInboundMailFromEnv(
  context: Omit<Context, 'actor'>,
  env: Readonly<Record<string, string | undefined>>,
): Promise<InboundMailListener | null> {
  const port = env['HANDOFF_SMTP_INBOUND_PORT'];
  if (port === undefined || port === '') {
    return null;
  }
  const number = Number(port);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) {
    throw new HandoffError(
      'bad_request',
      `HANDOFF_SMTP_INBOUND_PORT must be a port number, not ${JSON.stringify(port)}`,
      {
        path: 'HANDOFF_SMTP_INBOUND_PORT',
      },
    );
  }
  return startInboundMailListener({ context, port: number, host: env['HANDOFF_SMTP_INBOUND_HOST'] });
}
