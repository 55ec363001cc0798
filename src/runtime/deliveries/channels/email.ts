// The e-mail channel: one notification as one message over SMTP (nodemailer, a pooled transport per SMTP URL),
// threaded per escalation and recipient, with a Reply-To that brings the answer back as a comment.
import { createTransport, type Transporter } from 'nodemailer';
import type { HandoffBrief } from '../../../core/brief/handoff-brief.js';
import { formatReplyAddress } from '../../../core/deliveries/reply-address.js';
import type { EscalationContext } from '../../../core/escalation/escalation.js';
import type { EmailSender } from '../../../core/playbook/integrations-schema.js';
import { isHandoffError } from '../../../errors.js';
import { hashReplyToken, makeReplyToken } from '../../../services/integrations/reply-token.js';
import { decodeJson } from '../../../store/json.js';
import { insertMailToken, selectFirstMailMessageId } from '../../../store/queries/mail-tokens.js';
import { type EscalationRow, selectEscalationRow } from '../../../store/queries/select-escalation-row.js';
import type { Channel, ChannelContext, OutboxMessage, SendResult } from '../channel.js';
import { resolveMailRecipient } from '../mail/mail-recipient.js';
import { type MailEscalation, type MailLocale, renderMail } from '../mail/mail-templates.js';
import { smtpFailure } from '../mail/smtp-failure.js';

const defaultUrlEnv = 'HANDOFF_SMTP_URL';

/** The domain of a From address ("Handoff <handoff@example.com>" → example.com), or null. */
export function domainOfAddress(from: string): string | null {
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
  const domain = address.trim().split('@')[1];
  return domain !== undefined && /^[a-z0-9.-]+$/i.test(domain) ? domain.toLowerCase() : null;
}

function mailEscalation(row: EscalationRow): {
  escalation: MailEscalation;
  caseValue: Record<string, unknown>;
} {
  const context = decodeJson(row.context) as EscalationContext;
  const brief = decodeJson(row.brief) as Partial<HandoffBrief> | null;
  return {
    escalation: {
      id: row.id,
      status: row.status,
      priority: row.priority,
      team: row.team,
      tier: row.tier,
      wants: typeof brief?.wants === 'string' && brief.wants !== '' ? brief.wants : null,
      brief: typeof brief?.text === 'string' ? brief.text : null,
    },
    caseValue: context.case,
  };
}

/** The customer reads the case's language when it is one of ours; people read the sender's. */
function localeFor(
  sender: EmailSender,
  isCustomer: boolean,
  caseValue: Record<string, unknown> | null,
): MailLocale {
  const caseLocale = caseValue?.['locale'];
  if (isCustomer && typeof caseLocale === 'string') {
    const language = caseLocale.toLowerCase().slice(0, 2);
    if (language === 'tr' || language === 'en') {
      return language;
    }
  }
  return sender.locale ?? 'en';
}

const tookTooLong = (): Error => Object.assign(new Error('the attempt took too long'), { code: 'ETIMEDOUT' });

/** `work`, or a timeout error as soon as the attempt's signal aborts (nodemailer takes no AbortSignal). */
async function untilAborted<T>(work: () => Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    throw tookTooLong();
  }
  let stop = (): void => undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = () => reject(tookTooLong());
    signal.addEventListener('abort', stop, { once: true });
  });
  try {
    return await Promise.race([work(), stopped]);
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** The e-mail channel. Transports are opened on first use, one pool per SMTP URL, and closed by `close()`. */
export function makeEmailChannel(): Channel {
  const transports = new Map<string, Transporter>();
  const transportFor = (url: string): Transporter => {
    let transport = transports.get(url);
    if (transport === undefined) {
      // Each wait stays under the worker's 15 s attempt limit, so a dead server fails the attempt, not the pool.
      transport = createTransport({
        url,
        pool: true,
        maxConnections: 5,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 14_000,
      });
      transports.set(url, transport);
    }
    return transport;
  };

  async function send(message: OutboxMessage, context: ChannelContext): Promise<SendResult> {
    const sender = context.runtime.playbook.integrations?.email?.find(
      (email) => email.id === message.endpoint,
    );
    if (sender === undefined) {
      return {
        ok: false,
        permanent: true,
        error: `no e-mail integration ${message.endpoint} in the active playbook`,
      };
    }
    const urlEnv = sender.smtp_url_env ?? defaultUrlEnv;
    const url = context.env[urlEnv];
    if (url === undefined || url === '') {
      // Setting the variable and restarting fixes it: retried, not dead-lettered at once.
      return { ok: false, error: `${urlEnv} is not set: no SMTP server to send through` };
    }
    const domain = sender.reply_domain ?? domainOfAddress(sender.from);
    if (domain === null) {
      return { ok: false, permanent: true, error: `the From address of ${sender.id} has no domain` };
    }
    const found =
      message.escalationId === null
        ? null
        : mailEscalation(await selectEscalationRow(context.store.db, message.escalationId));
    const recipient = resolveMailRecipient(message.recipient, context.runtime, found?.caseValue ?? null);
    if ('problem' in recipient) {
      return { ok: false, permanent: true, error: recipient.problem };
    }
    // The outbox id never changes across retries: a second attempt of one message carries the same Message-ID.
    const messageId = `<${message.id}@${domain}>`;
    let threading: { inReplyTo: string; references: string } | undefined;
    let replyTo: string | undefined;
    if (found !== null) {
      const first = await selectFirstMailMessageId(
        context.store.db,
        found.escalation.id,
        recipient.address,
        messageId,
      );
      threading = first === undefined ? undefined : { inReplyTo: first, references: first };
      // Stored before sending, so a quick reply finds it. A team's row only threads: its token is never given out
      // (a reply from a list address cannot say which person wrote it).
      const token = makeReplyToken();
      await insertMailToken(context.store.db, {
        token_hash: hashReplyToken(token),
        escalation_id: found.escalation.id,
        person_id: recipient.personId,
        sender: recipient.address,
        message_id: messageId,
        created_at: context.clock(),
      });
      if (sender.reply_domain !== undefined && recipient.kind !== 'team') {
        replyTo = formatReplyAddress(token, sender.reply_domain);
      }
    }
    const isCustomer = recipient.kind === 'customer';
    const content = renderMail({
      locale: localeFor(sender, isCustomer, found?.caseValue ?? null),
      payload: message.payload,
      escalation: found?.escalation ?? null,
      link: isCustomer || found === null ? null : `${context.publicUrl}/escalations/${found.escalation.id}`,
      isReplyable: replyTo !== undefined,
    });
    const info = (await untilAborted(
      () =>
        transportFor(url).sendMail({
          from: sender.from,
          to:
            recipient.name === null
              ? recipient.address
              : { name: recipient.name, address: recipient.address },
          subject: content.subject,
          text: content.text,
          html: content.html,
          messageId,
          ...(threading ?? {}),
          ...(replyTo === undefined ? {} : { replyTo }),
          // People's notices are machine-written: vacation responders should not answer them.
          ...(isCustomer ? {} : { headers: { 'Auto-Submitted': 'auto-generated' } }),
        }),
      context.signal,
    )) as { response?: unknown };
    const status = typeof info.response === 'string' ? Number.parseInt(info.response.slice(0, 3), 10) : NaN;
    return { ok: true, status: Number.isNaN(status) ? undefined : status };
  }

  return {
    kind: 'email',
    async send(message, context) {
      try {
        return await send(message, context);
      } catch (error) {
        if (isHandoffError(error) && error.code === 'not_found') {
          return { ok: false, permanent: true, error: error.message };
        }
        return smtpFailure(error);
      }
    },
    async close() {
      for (const transport of transports.values()) {
        transport.close();
      }
      transports.clear();
    },
  };
}
