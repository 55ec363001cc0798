// commentOnEscalation on every real database: notes, public replies, relayed customer messages, and who may write.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { agent } from '../../../test/service-harness.js';
import { expectRefusedToOutsider, human, makeVerbBench, otherAgent } from '../../../test/verb-fixtures.js';
import { commentOnEscalation } from './comment-on-escalation.js';
import { transitionEscalation } from './transition-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const comment = (id: string, input: unknown, by = human('ana')) =>
      commentOnEscalation({ ctx: bench.as(by), id, input });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('an internal note is not a response; the first public reply is, once', async () => {
      const id = await bench.open();
      bench.clock.advance(60_000);
      const note = await comment(id, { body: 'checking the order' });
      expect(note.firstResponseAt).toBeNull();
      bench.clock.advance(60_000);
      const answeredAt = new Date(bench.clock.now).toISOString();
      const reply = await comment(id, { body: 'Hello, Ana here.', visibility: 'public' });
      expect(reply.firstResponseAt).toBe(answeredAt);
      bench.clock.advance(60_000);
      const later = await comment(id, { body: 'Anything else?', visibility: 'public' }, human('ben'));
      expect(later.firstResponseAt).toBe(answeredAt);

      const detail = await bench.read(id);
      expect(detail.firstResponseAt).toBe(answeredAt);
      expect(detail.timeline.filter((event) => event.type === 'first_response')).toMatchObject([
        { data: { afterMs: 120_000 } },
      ]);
      expect(
        detail.timeline
          .filter((event) => event.type === 'commented')
          .map((event) => [event.data.author, event.data.visibility, event.data.body]),
      ).toEqual([
        ['ana', 'internal', 'checking the order'],
        ['ana', 'public', 'Hello, Ana here.'],
        ['ben', 'public', 'Anything else?'],
      ]);
    });

    test('the agent that opened it relays a customer message, which wakes a paused escalation', async () => {
      const id = await bench.open();
      await transitionEscalation({
        ctx: bench.as(human('ana')),
        id,
        input: { status: 'waiting_on_customer' },
      });
      const replied = await comment(id, { body: 'Here is my receipt', author: 'customer' }, agent);
      expect(replied.status).toBe('in_progress');
      const detail = await bench.read(id);
      expect(detail.timeline.slice(-2)).toMatchObject([
        { type: 'customer_replied', data: { body: 'Here is my receipt' } },
        {
          type: 'status_changed',
          data: { from: 'waiting_on_customer', to: 'in_progress', why: 'customer replied' },
        },
      ]);
      expect(detail.firstResponseAt).toBeNull();
    });

    test('an agent may only relay the customer, and only on what it opened', async () => {
      const id = await bench.open();
      await expect(comment(id, { body: 'I am the bot' }, agent)).rejects.toMatchObject({
        code: 'forbidden',
        path: 'author',
      });
      await expect(comment(id, { body: 'hi', author: 'customer' }, otherAgent)).rejects.toMatchObject({
        code: 'not_found',
      });
      expect(await bench.eventTypes(id)).toEqual(['created', 'queued_for_team']);
    });

    test("a person of another team cannot comment on the team's escalation", async () => {
      const id = await bench.open();
      await expectRefusedToOutsider(comment(id, { body: 'not mine' }, human('bora')));
      expect(await bench.eventTypes(id)).toEqual(['created', 'queued_for_team']);
    });

    test('bad input is refused naming the field', async () => {
      const id = await bench.open();
      await expect(comment(id, { body: '' })).rejects.toMatchObject({ code: 'bad_request', path: 'body' });
      await expect(comment(id, {})).rejects.toMatchObject({ code: 'bad_request', path: 'body' });
      await expect(comment(id, { body: 'x', visibility: 'secret' })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'visibility',
      });
      await expect(comment(id, { body: 'x', author: 'ghost' })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'author',
      });
    });

    test('an unknown escalation is not found', async () => {
      await expect(comment('no-such-escalation', { body: 'hello' })).rejects.toMatchObject({
        code: 'not_found',
        path: 'id',
      });
    });
  });
}
