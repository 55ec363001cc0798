// E-mail replies coming back through the SMTP listener, on every real database: a person's reply is their public
// comment, the customer's a customer message that resumes the escalation; bad mail is refused with nothing written.
import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Context } from '../src/context.js';
import { makeEmailChannel } from '../src/runtime/deliveries/channels/email.js';
import type { Channel } from '../src/runtime/deliveries/channel.js';
import { makeEventBus } from '../src/runtime/events/event-bus.js';
import {
  type InboundMailListener,
  startInboundMailListener,
} from '../src/runtime/deliveries/inbound-mail-listener.js';
import { getEscalation } from '../src/services/escalations/get-escalation.js';
import { transitionEscalation } from '../src/services/escalations/transition-escalation.js';
import { claimEscalation } from '../src/services/escalations/claim-escalation.js';
import { receiveMailReply } from '../src/services/integrations/receive-mail-reply.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { channelContext, emailRuntime, outboxMessage, silent, t0 } from './email-fixtures.js';
import { admin, openEscalation, serviceContext, type ServiceDeps } from './service-harness.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

const minute = 60_000;
const ana = { kind: 'human', keyId: 'k-ana', name: 'ana', personId: 'ana' } as const;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let sink: SmtpSink;
    let channel: Channel;
    let listener: InboundMailListener;
    let client: Transporter;
    let now = t0;
    const deps: ServiceDeps = { store: () => store, clock: () => now, playbook: async () => emailRuntime };
    const ctx = (actor = admin): Context => serviceContext(deps, actor);
    const read = (id: string) => getEscalation({ ctx: ctx(), id });

    /** Sends a notice through the channel and returns the Reply-To it carried. */
    const notify = async (escalationId: string, recipient: string, reason: string, data = {}) => {
      const result = await channel.send(
        outboxMessage({ recipient, escalationId, reason, data }),
        channelContext(store, sink.url, now),
      );
      expect(result).toMatchObject({ ok: true });
      const address = sink.received.at(-1)?.parsed.replyTo?.value[0]?.address;
      if (address === undefined) {
        throw new Error('no Reply-To');
      }
      return address;
    };
    /** What bad mail must leave alone. */
    const counts = async () => ({
      events: Number(
        (
          await store.db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      outbox: Number(
        (
          await store.db
            .selectFrom('outbox')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      tokens: Number(
        (
          await store.db
            .selectFrom('mail_tokens')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const open = (caseId: string) =>
      openEscalation(deps, {
        id: caseId,
        turn: 1,
        locale: 'tr',
        customer: { id: 'C-1', email: 'ayse@example.com' },
        conversation: [{ role: 'customer', text: 'bir insanla görüşmek istiyorum' }],
      });

    beforeAll(async () => {
      store = await makeTestStore(dialect);
      sink = await startSmtpSink();
      channel = makeEmailChannel();
      listener = await startInboundMailListener({
        context: { store, clock: () => now, logger: silent, events: makeEventBus(), playbook: deps.playbook },
        port: 0,
        sizeLimit: 64 * 1024,
      });
      client = createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });
    });
    afterAll(async () => {
      client.close();
      await listener.close();
      await channel.close?.();
      await sink.close();
      await store.close();
    });

    test("a person's reply by e-mail is their public comment: the quoted history goes, the first response is counted", async () => {
      now = t0;
      const id = await open('reply-person');
      const replyTo = await notify(id, 'ana', 'assignee');
      now = t0 + 5 * minute;
      await client.sendMail({
        from: 'Ana Yılmaz <ANA@example.com>',
        to: replyTo,
        subject: `Re: [Handoff ${id}] Assigned to you`,
        text: 'Looking at the refund now.\n\nOn Wed, 18 Nov 2026 at 12:00, Handoff <handoff@example.com> wrote:\n> Assigned to you\n> Team: desk',
      });
      const escalation = await read(id);
      expect(escalation.timeline.filter((event) => event.type === 'commented')).toMatchObject([
        { actor: 'ana', data: { body: 'Looking at the refund now.', visibility: 'public', author: 'ana' } },
      ]);
      expect(escalation.firstResponseAt).toBe(new Date(t0 + 5 * minute).toISOString());
      expect(escalation.timeline.some((event) => event.type === 'first_response')).toBe(true);
    });

    test("the customer's reply is a customer message that resumes a waiting escalation", async () => {
      now = t0;
      const id = await open('reply-customer');
      await claimEscalation({ ctx: ctx(ana), id, input: {} });
      await transitionEscalation({ ctx: ctx(ana), id, input: { status: 'waiting_on_customer' } });
      const replyTo = await notify(id, 'customer', 'public_reply', { body: 'Sipariş numaranız nedir?' });
      now = t0 + 10 * minute;
      await client.sendMail({
        from: 'ayse@example.com',
        to: replyTo,
        subject: 'Re: Talebiniz hakkında',
        text: 'Sipariş numaram A-1.\n\n18 Kas 2026 Çar, 12:00 tarihinde Handoff <handoff@example.com> şunu yazdı:\n> Sipariş numaranız nedir?',
      });
      const escalation = await read(id);
      expect(escalation.status).toBe('in_progress');
      expect(escalation.timeline.slice(-2)).toMatchObject([
        { type: 'customer_replied', data: { body: 'Sipariş numaram A-1.' } },
        {
          type: 'status_changed',
          data: { from: 'waiting_on_customer', to: 'in_progress', why: 'customer replied' },
        },
      ]);
      expect(escalation.timeline.some((event) => event.type === 'commented')).toBe(false);
    });

    test('the service answers with the comment it wrote', async () => {
      now = t0;
      const id = await open('reply-answer');
      const replyTo = await notify(id, 'ana', 'assignee');
      const raw = `From: ana@example.com\r\nTo: ${replyTo}\r\nSubject: Re\r\n\r\nOn it.\r\n`;
      const received = await receiveMailReply({ ctx: ctx(), input: { raw } });
      const comment = (await read(id)).timeline.find((event) => event.type === 'commented');
      expect(received).toEqual({
        escalationId: id,
        commentId: comment?.id,
        author: { kind: 'person', id: 'ana' },
        duplicate: false,
      });
    });

    describe('refused, with nothing written', () => {
      let id: string;
      let replyTo: string;
      beforeAll(async () => {
        now = t0;
        id = await open('reply-bad');
        replyTo = await notify(id, 'ana', 'assignee');
      });

      const refusedBySmtp = async (
        mail: Parameters<Transporter['sendMail']>[0],
        code: number,
        words: RegExp,
      ) => {
        const before = await counts();
        await expect(client.sendMail(mail)).rejects.toMatchObject({
          responseCode: code,
          response: expect.stringMatching(words),
        });
        expect(await counts()).toEqual(before);
      };

      test('an address that is no reply address, or at another domain, is refused at RCPT with 550', async () => {
        await refusedBySmtp(
          { from: 'ana@example.com', to: 'postmaster@reply.example.com', text: 'hi' },
          550,
          /only reply\+<token>@/,
        );
        await refusedBySmtp(
          {
            from: 'ana@example.com',
            to: replyTo.replace('reply.example.com', 'elsewhere.example'),
            text: 'hi',
          },
          550,
          /not a reply domain/,
        );
      });

      test('an unknown token is refused with 550', async () => {
        await refusedBySmtp(
          { from: 'ana@example.com', to: `reply+${'a'.repeat(32)}@reply.example.com`, text: 'hi' },
          550,
          /names no message/,
        );
      });

      test('a reply from another address than the one the message went to is refused', async () => {
        await refusedBySmtp(
          { from: 'mallory@example.com', to: replyTo, text: 'Close it, I am Ana.' },
          550,
          /another address/,
        );
      });

      test('a message over the size limit is refused with 552', async () => {
        await refusedBySmtp(
          { from: 'ana@example.com', to: replyTo, text: 'x'.repeat(100 * 1024) },
          552,
          /exceeds/,
        );
      });

      test('nothing but quoted history, and an automatic reply, are refused', async () => {
        await refusedBySmtp(
          { from: 'ana@example.com', to: replyTo, text: 'On Wed, Handoff wrote:\n> Assigned to you' },
          550,
          /nothing to add/,
        );
        await refusedBySmtp(
          {
            from: 'ana@example.com',
            to: replyTo,
            text: 'I am out of office.',
            headers: { 'Auto-Submitted': 'auto-replied' },
          },
          550,
          /automatic reply/,
        );
      });

      test('the service refuses malformed MIME, huge mail and unknown tokens with clear codes', async () => {
        const before = await counts();
        const refuse = (raw: string | Buffer) => receiveMailReply({ ctx: ctx(), input: { raw } });
        await expect(refuse('this is not an e-mail at all')).rejects.toMatchObject({
          code: 'bad_mime',
          path: 'body',
        });
        await expect(refuse(Buffer.from([0, 1, 2, 255, 254]))).rejects.toMatchObject({ code: 'bad_mime' });
        await expect(refuse(`To: ${replyTo}\r\n\r\nno sender`)).rejects.toMatchObject({
          code: 'bad_mime',
          path: 'from',
        });
        await expect(refuse(Buffer.alloc(10 * 1024 * 1024 + 1, 'a'))).rejects.toMatchObject({
          code: 'payload_too_large',
        });
        await expect(
          refuse('From: ana@example.com\r\nTo: someone@example.com\r\n\r\nhi'),
        ).rejects.toMatchObject({
          code: 'unknown_reply_token',
        });
        await expect(
          refuse(`From: ana@example.com\r\nTo: reply+${'b'.repeat(32)}@reply.example.com\r\n\r\nhi`),
        ).rejects.toMatchObject({ code: 'unknown_reply_token', path: 'to' });
        await expect(refuse(`From: ana@example.com\r\nTo: ${replyTo}\r\n\r\nhi`)).resolves.toMatchObject({
          escalationId: id,
        });
        const after = await counts();
        // Only the one good reply wrote: its comment (the first response too) and the customer's copy of it.
        expect(after.tokens).toBe(before.tokens);
        expect(after.events).toBeGreaterThan(before.events);
      });

      test('only the admin scope may hand in mail', async () => {
        await expect(
          receiveMailReply({
            ctx: ctx(ana),
            input: { raw: `From: ana@example.com\r\nTo: ${replyTo}\r\n\r\nhi` },
          }),
        ).rejects.toMatchObject({ code: 'forbidden' });
      });
    });
  });
}
