// The live stream over real HTTP on every database: server-sent events, only what the reader may see, resuming.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertEvents } from '../src/store/queries/insert-event.js';
import { type ApiHarness, startApi, t0 } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml, open } from './escalation-fixtures.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    describe('the live stream', () => {
      let api: ApiHarness;
      let ana: string;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: workYaml });
        ana = await api.keys.human('ana');
      });
      afterAll(() => api.close());

      test('/v1/stream delivers the timeline as server-sent events, only what the reader may see', async () => {
        const abort = new AbortController();
        const response = await fetch(`${api.url}/v1/stream`, {
          headers: { authorization: `Bearer ${ana}` },
          signal: abort.signal,
        });
        try {
          expect(response.status).toBe(200);
          expect(response.headers.get('content-type')).toBe('text/event-stream');
          const reader = (response.body as ReadableStream<Uint8Array>).getReader();
          const decoder = new TextDecoder();
          let text = '';
          const readUntil = async (needle: string) => {
            while (!text.includes(needle)) {
              const { value, done } = await reader.read();
              if (done) {
                throw new Error(`the stream ended before "${needle}": ${text}`);
              }
              text += decoder.decode(value, { stream: true });
            }
          };
          await readUntil(': connected');
          await open(api, 'my invoice is wrong');
          const desk = await open(api);
          await readUntil(`"escalationId":"${desk.id}"`);
          const frames = text.split('\n\n').filter((frame) => frame.startsWith('id: '));
          const first = frames[0] ?? '';
          expect(first).toMatch(/^id: \d+\nevent: created\ndata: /);
          const data = JSON.parse(first.slice(first.indexOf('data: ') + 6));
          expect(data).toMatchObject({ escalationId: desk.id, type: 'created', data: { team: 'desk' } });

          // Resuming with Last-Event-ID replays what came after, still filtered.
          const resumed = await fetch(`${api.url}/v1/stream`, {
            headers: { authorization: `Bearer ${ana}`, 'last-event-id': String(data.id - 1) },
            signal: abort.signal,
          });
          const resumedReader = (resumed.body as ReadableStream<Uint8Array>).getReader();
          let replay = '';
          while (!replay.includes('event: queued_for_team')) {
            const { value, done } = await resumedReader.read();
            if (done) {
              throw new Error(`the stream ended: ${replay}`);
            }
            replay += decoder.decode(value, { stream: true });
          }
          const replayed = replay.split('\n\n').find((frame) => frame.startsWith('id: ')) ?? '';
          expect(replayed.slice(0, replayed.indexOf('data: '))).toBe(first.slice(0, first.indexOf('data: ')));
          // The same event, read back from the database (PostgreSQL's jsonb may order keys differently).
          expect(JSON.parse(replayed.slice(replayed.indexOf('data: ') + 6))).toEqual(data);
        } finally {
          abort.abort();
        }
      });

      test('/v1/stream resumes across more than one page of backlog: every event after Last-Event-ID, in order', async () => {
        const desk = await open(api);
        const before = await api.store.db
          .selectFrom('events')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow();
        const many = 2_500;
        const ids = await api.store.transaction((trx) =>
          insertEvents(
            trx,
            Array.from({ length: many }, (_, i) => ({
              escalationId: desk.id,
              type: 'comment_added',
              actor: 'test',
              at: t0 + i,
              data: { n: i },
            })),
          ),
        );
        const abort = new AbortController();
        try {
          const resumed = await fetch(`${api.url}/v1/stream`, {
            headers: { authorization: `Bearer ${ana}`, 'last-event-id': String(before.id) },
            signal: abort.signal,
          });
          const reader = (resumed.body as ReadableStream<Uint8Array>).getReader();
          const decoder = new TextDecoder();
          let text = '';
          while (!text.includes(`id: ${ids.at(-1)}\n`)) {
            const { value, done } = await reader.read();
            if (done) {
              throw new Error('the stream ended');
            }
            text += decoder.decode(value, { stream: true });
          }
          const received = [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));
          expect(received).toEqual(ids);
          expect(text).not.toContain('event: gap');
        } finally {
          abort.abort();
        }
      });
    });

    test('the server closes while a stream is still open, and the stream ends', async () => {
      const api = await startApi(dialect, { yaml: workYaml });
      let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
      try {
        const response = await fetch(`${api.url}/v1/stream`, {
          headers: { authorization: `Bearer ${api.keys.admin}` },
        });
        reader = (response.body as ReadableStream<Uint8Array>).getReader();
        expect(new TextDecoder().decode((await reader.read()).value)).toBe(': connected\n\n');
      } finally {
        await api.close();
      }
      expect((await reader.read()).done).toBe(true);
    });
  });
}
