// An e-mail reply comes back: the raw MIME message (from the SMTP listener or a mail provider's HTTP hook) becomes a
// comment on the escalation its reply+<token>@ address names, by the person it was sent to or as the customer.
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { Actor, Context } from '../../context.js';
import { findReplyAddress } from '../../core/deliveries/reply-address.js';
import { stripQuotedReply } from '../../core/deliveries/strip-quoted-reply.js';
import type { StreamEvent } from '../../core/stream/stream-event.js';
import { HandoffError } from '../../errors.js';
import { selectMailToken } from '../../store/queries/mail-tokens.js';
import { assertScope } from '../authorize.js';
import { commentOnEscalation } from '../escalations/comment-on-escalation.js';
import { insertInboundMail, selectInboundMail } from '../../store/queries/inbound-mail.js';
import { hashReplyToken } from './reply-token.js';

/** The largest inbound message taken, in bytes (attachments included): 10 MiB. */
export const MAX_INBOUND_MAIL_BYTES = 10 * 1024 * 1024;

/** A comment's longest body (see CommentOnEscalationInput): a longer reply is cut there. */
const MAX_BODY = 50_000;

export interface ReceiveMailReplyInput {
  /** The message as received, headers and body. */
  raw: Buffer | string;
  /** The envelope's recipients (RCPT TO) when it came over SMTP: a reply address may be only there (Bcc). */
  recipients?: readonly string[] | undefined;
}

export interface ReceivedMailReply {
  escalationId: string;
  /** The timeline event that holds the reply: `commented` for a person, `customer_replied` for the customer. */
  /** Null when this message (by its Message-ID) was taken before: nothing was added again. */
  commentId: number | null;
  author: { kind: 'person'; id: string } | { kind: 'customer' };
  /** True when the same reply (its Message-ID) had already become a comment. */
  duplicate: boolean;
}

// A header line "Name: value": an RFC 5322 field name is printable ASCII but ":".
const headerLine = /^[\x21-\x39\x3b-\x7e]+:/;

const addressesOf = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((object) =>
    object.value.flatMap((entry) => [
      ...(entry.address === undefined ? [] : [entry.address]),
      ...(entry.group ?? []).flatMap((member) => (member.address === undefined ? [] : [member.address])),
    ]),
  );

/** Where the reply address may be: To, Cc, the headers a delivering server adds, the envelope. */
function recipientsOf(mail: ParsedMail, envelope: readonly string[]): string[] {
  const delivered = mail.headerLines
    .filter((header) => header.key === 'delivered-to' || header.key === 'x-original-to')
    .map((header) =>
      header.line
        .slice(header.line.indexOf(':') + 1)
        .trim()
        .replace(/^<|>$/g, ''),
    );
  return [...addressesOf(mail.to), ...addressesOf(mail.cc), ...delivered, ...envelope];
}

/** Vacation responders and other robots: their words are not a reply (RFC 3834, and common older headers). */
function isAutomatic(mail: ParsedMail): boolean {
  const header = (name: string) => {
    const value = mail.headers.get(name);
    return typeof value === 'string' ? value.trim().toLowerCase() : null;
  };
  const submitted = header('auto-submitted');
  const precedence = header('precedence');
  return (
    (submitted !== null && submitted !== 'no') ||
    mail.headers.has('x-autoreply') ||
    mail.headers.has('x-autorespond') ||
    (precedence !== null && ['auto_reply', 'bulk', 'junk'].includes(precedence))
  );
}

async function parseMime(raw: Buffer | string): Promise<ParsedMail> {
  const text = typeof raw === 'string' ? raw : raw.subarray(0, 1000).toString('latin1');
  if (!headerLine.test(text)) {
    throw new HandoffError('bad_mime', 'not a MIME message: it does not start with a header line', {
      path: 'body',
    });
  }
  try {
    return await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
  } catch (error) {
    throw new HandoffError('bad_mime', 'the message could not be parsed as MIME', {
      path: 'body',
      cause: error,
    });
  }
}

/**
 * Takes one inbound reply. Refused, with nothing written: over 10 MiB (`payload_too_large`), not MIME or without a
 * From address (`bad_mime`), no known reply+<token>@ recipient (`unknown_reply_token`), a From that is not the
 * address the token was sent to (`forbidden`), an automatic reply or nothing left once the quoted history is cut
 * (`unprocessable`). Needs the admin scope (the listener acts as the system).
 */
export async function receiveMailReply({
  ctx,
  input,
}: {
  ctx: Context;
  input: ReceiveMailReplyInput;
}): Promise<ReceivedMailReply> {
  assertScope(ctx.actor, ['admin']);
  const size = typeof input.raw === 'string' ? Buffer.byteLength(input.raw) : input.raw.length;
  if (size > MAX_INBOUND_MAIL_BYTES) {
    throw new HandoffError('payload_too_large', `the message is over ${MAX_INBOUND_MAIL_BYTES} bytes`, {
      path: 'body',
    });
  }
  const mail = await parseMime(input.raw);
  const from = mail.from?.value.find((entry) => entry.address !== undefined && entry.address !== '')?.address;
  if (from === undefined) {
    throw new HandoffError('bad_mime', 'the message has no From address', { path: 'from' });
  }
  const reply = findReplyAddress(recipientsOf(mail, input.recipients ?? []));
  if (reply === null) {
    throw new HandoffError('unknown_reply_token', 'no reply+<token>@ address among the recipients', {
      path: 'to',
    });
  }
  const token = await selectMailToken(ctx.store.db, hashReplyToken(reply.token));
  // Only the token's first characters are logged: the log must not become a way to reply as someone.
  const tokenStart = reply.token.slice(0, 6);
  if (token === undefined) {
    ctx.logger.warn({ token: `${tokenStart}…` }, 'an e-mail reply to an unknown token was refused');
    throw new HandoffError('unknown_reply_token', 'the reply address names no message Handoff sent', {
      path: 'to',
    });
  }
  if (from.trim().toLowerCase() !== token.sender) {
    ctx.logger.warn(
      { token: `${tokenStart}…` },
      'an e-mail reply from another address than the recipient was refused',
    );
    throw new HandoffError(
      'forbidden',
      'the reply comes from another address than the one the message went to',
      {
        path: 'from',
      },
    );
  }
  if (isAutomatic(mail)) {
    throw new HandoffError(
      'unprocessable',
      'an automatic reply (Auto-Submitted, Precedence) is not a comment',
      {
        path: 'headers',
      },
    );
  }
  const body = stripQuotedReply((mail.text ?? '').replaceAll('\u0000', '')).slice(0, MAX_BODY);
  if (body.trim() === '') {
    throw new HandoffError(
      'unprocessable',
      'nothing to add: the reply is empty once the quoted history is cut',
      {
        path: 'body',
      },
    );
  }
  const personId = token.person_id;
  const author: ReceivedMailReply['author'] =
    personId === null ? { kind: 'customer' } : { kind: 'person', id: personId };
  // A mail server may deliver one reply twice: its Message-ID, once taken, is not commented again. The record is
  // written after the comment, so a crash in between repeats a comment rather than losing the reply.
  const messageId = mail.messageId?.trim().slice(0, 998);
  if (
    messageId !== undefined &&
    messageId !== '' &&
    (await selectInboundMail(ctx.store.db, messageId)) !== undefined
  ) {
    ctx.logger.info(
      { escalationId: token.escalation_id },
      'an e-mail reply already taken was delivered again',
    );
    return { escalationId: token.escalation_id, commentId: null, author, duplicate: true };
  }
  const written: StreamEvent[] = [];
  const events: Context['events'] = {
    publish(published) {
      written.push(...published);
      ctx.events.publish(published);
    },
    subscribe: (listener) => ctx.events.subscribe(listener),
  };
  // A person replies with their own rights (a person who may no longer see the escalation is refused as the API
  // would); the customer's words come through the system, as an agent key relays them.
  const actor: Actor =
    personId === null
      ? { kind: 'system', keyId: null, name: 'email', personId: null }
      : { kind: 'human', keyId: null, name: personId, personId };
  await commentOnEscalation({
    ctx: { ...ctx, actor, events },
    id: token.escalation_id,
    input: personId === null ? { body, author: 'customer' } : { body, visibility: 'public' },
  });
  const comment = written.find((event) => event.type === 'commented' || event.type === 'customer_replied');
  if (comment === undefined) {
    throw new HandoffError('internal', 'the reply was written without its comment event');
  }
  if (messageId !== undefined && messageId !== '') {
    await insertInboundMail(ctx.store.db, {
      message_id: messageId,
      escalation_id: token.escalation_id,
      received_at: ctx.clock(),
    });
  }
  ctx.logger.info(
    { escalationId: token.escalation_id, eventId: comment.id },
    'an e-mail reply became a comment',
  );
  return { escalationId: token.escalation_id, commentId: comment.id, author, duplicate: false };
}
