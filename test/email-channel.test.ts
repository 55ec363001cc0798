// The e-mail channel against a real SMTP server, on every real database: what people and customers receive,
// threading, reply tokens, languages, and how SMTP failures are reported to the deliveries worker.
import { createHash } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeEmailChannel } from '../src/runtime/deliveries/channels/email.js';
import type { Channel } from '../src/runtime/deliveries/channel.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { channelContext, emailRuntime, outboxMessage, t0 } from './email-fixtures.js';
import { openEscalation, type ServiceDeps } from './service-harness.js';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from './smtp-sink.js';

const headerOf = (mail: ReceivedMail, name: string): string => {
  const value = mail.parsed.headers.get(name);
  return typeof value === 'string' ? value : JSON.stringify(value);
};

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let sink: SmtpSink;
    let channel: Channel;
    let escalationId: string;
    const deps: ServiceDeps = { store: () => store, clock: () => t0, playbook: async () => emailRuntime };
    const send = (message: Parameters<Channel['send']>[0], url = sink.url) =>
      channel.send(message, channelContext(store, url));
    const last = (): ReceivedMail => {
      const mail = sink.received.at(-1);
      if (mail === undefined) {
        throw new Error('nothing received');
      }
      return mail;
    };

    beforeAll(async () => {
      store = await makeTestStore(dialect);
      sink = await startSmtpSink();
      channel = makeEmailChannel();
      escalationId = await openEscalation(deps, {
        id: 'conv-mail',
        turn: 1,
        locale: 'tr',
        customer: { id: 'C-1', email: 'Ayse@Example.com' },
        conversation: [
          {
            role: 'customer',
            text: 'Bir insanla görüşmek istiyorum, <script>alert(1)</script> iade & fatura',
          },
        ],
      });
    });
    afterAll(async () => {
      await channel.close?.();
      await sink.close();
      await store.close();
    });

    test('a person hears of an assignment: subject, text and HTML parts, link, threading ids, reply token', async () => {
      const message = outboxMessage({ recipient: 'ana', escalationId, reason: 'assignee' });
      expect(await send(message)).toEqual({ ok: true, status: 250 });
      const mail = last();
      expect(mail.envelope.to).toEqual(['ana@example.com']);
      expect(mail.parsed.subject).toMatch(new RegExp(`^\\[Handoff ${escalationId}\\] Assigned to you`));
      expect(mail.parsed.text).toContain('Assigned to you');
      expect(mail.parsed.text).toContain(`https://handoff.example.com/escalations/${escalationId}`);
      expect(mail.parsed.text).toContain('Reply to this e-mail');
      expect(mail.parsed.html).toContain(`href="https://handoff.example.com/escalations/${escalationId}"`);
      expect(mail.parsed.messageId).toBe(`<${message.id}@reply.example.com>`);
      expect(headerOf(mail, 'auto-submitted')).toBe('auto-generated');
      const replyTo = mail.parsed.replyTo?.value[0]?.address ?? '';
      expect(replyTo).toMatch(/^reply\+[a-z2-7]{32}@reply\.example\.com$/);
      const token = replyTo.slice('reply+'.length, replyTo.indexOf('@'));
      const rows = await store.db
        .selectFrom('mail_tokens')
        .selectAll()
        .where('message_id', '=', mail.parsed.messageId ?? '')
        .execute();
      expect(rows).toEqual([
        {
          token_hash: createHash('sha256').update(token).digest('hex'),
          escalation_id: escalationId,
          person_id: 'ana',
          sender: 'ana@example.com',
          message_id: `<${message.id}@reply.example.com>`,
          created_at: expect.anything(),
        },
      ]);
      expect(Number(rows[0]?.created_at)).toBe(t0);
    });

    test('everything from the case is escaped in the HTML part and kept as text in the plain one', async () => {
      await send(outboxMessage({ recipient: 'ana', escalationId, reason: 'ladder' }));
      const mail = last();
      expect(mail.parsed.html).not.toContain('<script>');
      expect(mail.parsed.html).toContain('&#60;script&#62;');
      expect(mail.parsed.text).toContain('<script>alert(1)</script>');
    });

    test('a retry carries the same Message-ID; a later message threads to the first one sent to that address', async () => {
      const first = await store.db
        .selectFrom('mail_tokens')
        .select('message_id')
        .where('escalation_id', '=', escalationId)
        .where('sender', '=', 'ana@example.com')
        .orderBy('created_at')
        .orderBy('message_id')
        .executeTakeFirstOrThrow();
      const message = outboxMessage({ recipient: 'ana', escalationId, reason: 'update_due' });
      await send(message);
      const once = last();
      await send({ ...message, attempt: 2 });
      const twice = last();
      expect(once.parsed.messageId).toBe(`<${message.id}@reply.example.com>`);
      expect(twice.parsed.messageId).toBe(once.parsed.messageId);
      expect(once.parsed.inReplyTo).toBe(first.message_id);
      expect(twice.parsed.references).toBe(first.message_id);
      // Each attempt has a token of its own: a reply to either comes back.
      expect(twice.parsed.replyTo?.value[0]?.address).not.toBe(once.parsed.replyTo?.value[0]?.address);
    });

    test('the Turkish sender writes in Turkish; without a reply domain there is no Reply-To', async () => {
      const message = outboxMessage({
        endpoint: 'posta',
        recipient: 'ana',
        escalationId,
        reason: 'assignee',
      });
      expect(await send(message)).toMatchObject({ ok: true });
      const mail = last();
      expect(mail.parsed.subject).toContain('Size atandı');
      expect(mail.parsed.text).toContain('Ekip: desk');
      expect(mail.parsed.html).toContain('Size atandı');
      expect(mail.parsed.messageId).toBe(`<${message.id}@example.com.tr>`);
      expect(mail.parsed.replyTo).toBeUndefined();
    });

    test("a person's public reply reaches the customer in the case's language, with no link and a customer token", async () => {
      const message = outboxMessage({
        recipient: 'customer',
        escalationId,
        reason: 'public_reply',
        data: { body: 'İadeniz yapıldı <b>bugün</b>.', visibility: 'public', author: 'ana' },
      });
      expect(await send(message)).toMatchObject({ ok: true });
      const mail = last();
      expect(mail.envelope.to).toEqual(['ayse@example.com']);
      expect(mail.parsed.subject).toBe(`[Handoff ${escalationId}] Talebiniz hakkında`);
      expect(mail.parsed.text).toContain('İadeniz yapıldı <b>bugün</b>.');
      expect(mail.parsed.html).toContain('&#60;b&#62;bugün&#60;/b&#62;');
      expect(mail.parsed.text).not.toContain('handoff.example.com/escalations');
      expect(mail.parsed.headers.has('auto-submitted')).toBe(false);
      const row = await store.db
        .selectFrom('mail_tokens')
        .select(['person_id', 'sender'])
        .where('message_id', '=', mail.parsed.messageId ?? '')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ person_id: null, sender: 'ayse@example.com' });
    });

    test("an automation's message goes to the team's address, without a reply token", async () => {
      const message = outboxMessage({
        recipient: 'team:desk',
        escalationId,
        reason: 'automation',
        message: 'VIP customer waiting',
      });
      expect(await send(message)).toMatchObject({ ok: true });
      const mail = last();
      expect(mail.envelope.to).toEqual(['desk@example.com']);
      expect(mail.parsed.text).toContain('VIP customer waiting');
      expect(mail.parsed.replyTo).toBeUndefined();
    });

    test('nobody to address is permanent: no address, an unknown person, team or integration, no customer e-mail', async () => {
      const before = sink.received.length;
      const other = await openEscalation(deps, {
        id: 'conv-nomail',
        turn: 1,
        conversation: [{ role: 'customer', text: 'a human please' }],
      });
      for (const message of [
        outboxMessage({ recipient: 'ben', escalationId, reason: 'assignee' }),
        outboxMessage({ recipient: 'nobody', escalationId, reason: 'assignee' }),
        outboxMessage({ recipient: 'team:quiet', escalationId, reason: 'automation' }),
        outboxMessage({ recipient: 'customer', escalationId: other, reason: 'public_reply' }),
        outboxMessage({ recipient: null, escalationId, reason: 'assignee' }),
        outboxMessage({ endpoint: 'gone', recipient: 'ana', escalationId, reason: 'assignee' }),
        outboxMessage({ recipient: 'ana', escalationId: '01NOSUCHESCALATION00000000', reason: 'assignee' }),
      ]) {
        expect(await send(message)).toMatchObject({ ok: false, permanent: true, error: expect.any(String) });
      }
      expect(sink.received.length).toBe(before);
    });

    test('SMTP refusals: 550 is permanent, 451 is retried with its code, a dead server is retried', async () => {
      sink.refuse.set('ece@example.com', 550);
      expect(await send(outboxMessage({ recipient: 'ece', escalationId, reason: 'assignee' }))).toMatchObject(
        {
          ok: false,
          status: 550,
          permanent: true,
        },
      );
      sink.refuse.set('ece@example.com', 451);
      const retried = await send(outboxMessage({ recipient: 'ece', escalationId, reason: 'assignee' }));
      expect(retried).toMatchObject({ ok: false, status: 451 });
      expect(retried).not.toHaveProperty('permanent');
      sink.refuse.delete('ece@example.com');
      const dead = await startSmtpSink();
      await dead.close();
      const refused = await send(
        outboxMessage({ recipient: 'ana', escalationId, reason: 'assignee' }),
        dead.url,
      );
      expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/ECONNECTION|ECONNREFUSED/) });
      expect(refused).not.toHaveProperty('permanent');
    });

    test('a server that never answers fails the attempt when its time is up, to be retried', async () => {
      const sockets: Socket[] = [];
      const controller = new AbortController();
      const silentServer = createServer((socket) => {
        sockets.push(socket);
        controller.abort();
      });
      await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
      const address = silentServer.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      try {
        const result = await channel.send(
          outboxMessage({ recipient: 'ana', escalationId, reason: 'assignee' }),
          {
            ...channelContext(store, `smtp://127.0.0.1:${port}`),
            signal: controller.signal,
          },
        );
        expect(result).toEqual({
          ok: false,
          status: undefined,
          error: 'ETIMEDOUT: the attempt took too long',
        });
      } finally {
        sockets.forEach((socket) => socket.destroy());
        await new Promise<void>((resolve) => silentServer.close(() => resolve()));
      }
    });

    test('an unset SMTP variable is retried (setting it and restarting fixes it)', async () => {
      const result = await channel.send(
        outboxMessage({ recipient: 'ana', escalationId, reason: 'assignee' }),
        {
          ...channelContext(store, sink.url),
          env: {},
        },
      );
      expect(result).toEqual({
        ok: false,
        error: 'HANDOFF_SMTP_URL is not set: no SMTP server to send through',
      });
    });
  });
}
