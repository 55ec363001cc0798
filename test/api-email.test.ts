// The two doors for e-mail replies on a real node, on every real database: POST /integrations/email/inbound (raw
// MIME from a mail provider, an admin key) and the SMTP listener `handoff serve` starts on HANDOFF_SMTP_INBOUND_PORT.
import { createServer } from 'node:net';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeEmailChannel } from '../src/runtime/deliveries/channels/email.js';
import type { Channel } from '../src/runtime/deliveries/channel.js';
import { type ApiHarness, countRows, type Json, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { channelContext, emailYaml, outboxMessage } from './email-fixtures.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });

const rfc822 = { 'content-type': 'message/rfc822' };

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    let sink: SmtpSink;
    let channel: Channel;
    let inboundPort: number;
    let escalationId: string;
    let replyTo: string;

    const written = async () => ({
      events: await countRows(api.store, 'events'),
      tokens: Number(
        (
          await api.store.db
            .selectFrom('mail_tokens')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const mail = (from: string, to: string, body: string, extra = '') =>
      `From: ${from}\r\nTo: ${to}\r\nSubject: Re: your notice\r\nMessage-ID: <r-${Math.random()}@example.com>\r\n${extra}` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
    const post = (raw: string | Uint8Array, key: string | null = api.keys.admin, headers = rfc822) =>
      api.request('POST', '/integrations/email/inbound', { key: key ?? undefined, body: raw, headers });
    const timeline = async (): Promise<Json[]> =>
      (await api.request('GET', `/v1/escalations/${escalationId}`, { key: api.keys.admin })).body.timeline;

    beforeAll(async () => {
      inboundPort = await freePort();
      process.env.HANDOFF_SMTP_INBOUND_PORT = String(inboundPort);
      try {
        api = await startApi(dialect, { yaml: emailYaml });
      } finally {
        delete process.env.HANDOFF_SMTP_INBOUND_PORT;
      }
      sink = await startSmtpSink();
      channel = makeEmailChannel();
      const opened = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: {
          id: 'api-mail',
          turn: 1,
          customer: { email: 'ayse@example.com' },
          conversation: [{ role: 'customer', text: 'a human please' }],
        },
      });
      expect(opened.body).toMatchObject({ escalation: { id: expect.any(String) } });
      escalationId = opened.body.escalation.id;
      await channel.send(
        outboxMessage({ recipient: 'ana', escalationId, reason: 'assignee' }),
        channelContext(api.store, sink.url),
      );
      replyTo = sink.received.at(-1)?.parsed.replyTo?.value[0]?.address ?? '';
    });
    afterAll(async () => {
      await channel.close?.();
      await sink.close();
      await api.close();
    });

    test('a provider hands in a reply as message/rfc822: 202 with the comment, which is on the timeline', async () => {
      const response = await post(
        mail(
          'Ana <ana@example.com>',
          replyTo,
          'Refund approved.\r\n\r\n-----Original Message-----\r\nFrom: Handoff',
        ),
      );
      expect(response.status).toBe(202);
      expect(response.body).toMatchObject({
        escalationId,
        commentId: expect.any(Number),
        author: { kind: 'person', id: 'ana' },
      });
      const comment = (await timeline()).find((event) => event.id === response.body.commentId);
      expect(comment).toMatchObject({
        type: 'commented',
        data: { body: 'Refund approved.', visibility: 'public', author: 'ana' },
      });
    });

    test('the same reply delivered twice (one Message-ID) becomes one comment', async () => {
      const raw =
        `From: Ana <ana@example.com>\r\nTo: ${replyTo}\r\nSubject: Re: your notice\r\n` +
        `Message-ID: <twice-${dialect}@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOn my way.\r\n`;
      const first = await post(raw);
      expect(first.body).toMatchObject({ commentId: expect.any(Number), duplicate: false });
      const before = await written();
      const again = await post(raw);
      expect(again.status).toBe(202);
      expect(again.body).toMatchObject({ escalationId, commentId: null, duplicate: true });
      expect(await written()).toEqual(before);
      expect((await timeline()).filter((event) => event.data?.body === 'On my way.')).toHaveLength(1);
    });

    test('an HTML-only reply in base64 is read as text', async () => {
      const html = Buffer.from(
        '<div>Kargo <b>yolda</b>.</div><blockquote>eski</blockquote>',
        'utf8',
      ).toString('base64');
      const raw =
        `From: ana@example.com\r\nTo: ${replyTo}\r\nSubject: Re\r\nMIME-Version: 1.0\r\n` +
        `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${html}\r\n`;
      const response = await post(raw);
      expect(response.status).toBe(202);
      const comment = (await timeline()).find((event) => event.id === response.body.commentId);
      expect(comment.data.body).toContain('Kargo yolda.');
    });

    test('bad requests are refused with the error envelope, and nothing is written', async () => {
      const before = await written();
      const cases: Array<[Promise<{ status: number; body: Json }>, number, string]> = [
        [post('not a mail message'), 400, 'bad_mime'],
        [
          post(mail('ana@example.com', `reply+${'c'.repeat(32)}@reply.example.com`, 'hi')),
          422,
          'unknown_reply_token',
        ],
        [post(mail('ana@example.com', 'support@example.com', 'hi')), 422, 'unknown_reply_token'],
        [post(mail('mallory@example.com', replyTo, 'hi')), 403, 'forbidden'],
        [post(mail('ana@example.com', replyTo, '> only quoted')), 422, 'unprocessable'],
        [post(new Uint8Array(10 * 1024 * 1024 + 1).fill(65)), 413, 'payload_too_large'],
        [post(mail('ana@example.com', replyTo, 'hi'), null), 401, 'unauthorized'],
        [post(mail('ana@example.com', replyTo, 'hi'), api.keys.agent), 403, 'forbidden'],
        [
          post(mail('ana@example.com', replyTo, 'hi'), api.keys.admin, { 'content-type': 'text/plain' }),
          415,
          'wrong_content_type',
        ],
        [
          api.request('POST', '/integrations/email/inbound', { key: api.keys.admin, body: { raw: 'x' } }),
          415,
          'wrong_content_type',
        ],
      ];
      for (const [pending, status, code] of cases) {
        const response = await pending;
        expect({ status: response.status, code: response.body.error?.code }).toEqual({ status, code });
        expect(response.body.error).toMatchObject({ message: expect.any(String) });
        expect(response.body.error).toHaveProperty('path');
      }
      expect(await written()).toEqual(before);
    });

    test('`serve` with HANDOFF_SMTP_INBOUND_PORT listens for replies by SMTP', async () => {
      const client = createTransport({
        host: '127.0.0.1',
        port: inboundPort,
        secure: false,
        ignoreTLS: true,
      });
      try {
        await client.sendMail({
          from: 'ana@example.com',
          to: replyTo,
          subject: 'Re',
          text: 'Called the customer.',
        });
      } finally {
        client.close();
      }
      expect(
        (await timeline()).filter((event) => event.type === 'commented').map((event) => event.data.body),
      ).toContain('Called the customer.');
    });
  });
}
