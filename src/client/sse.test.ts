import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readServerSentEvents, type SseMessage } from './sse.js';

const bodyOf = (chunks: string[]): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) {
        controller.enqueue(encoder.encode(chunk));
      }
      controller.close();
    },
  });
};

async function read(chunks: string[]): Promise<SseMessage[]> {
  const messages: SseMessage[] = [];
  for await (const message of readServerSentEvents(bodyOf(chunks))) {
    messages.push(message);
  }
  return messages;
}

const sample =
  ': connected\n\nid: 7\nevent: opened\ndata: {"a":1}\n\r\nretry: 10\ndata: one\r\ndata: two\r\n\r\n' +
  'id: 9\nevent: gap\ndata: {"resumeAfter":9}\n\nid: 10\ndata: cut off';

describe('readServerSentEvents', () => {
  it('reads events, keeps the last id, joins data lines and drops comments', async () => {
    expect(await read([sample])).toEqual([
      { id: '7', event: 'opened', data: '{"a":1}' },
      { id: '7', event: 'message', data: 'one\ntwo' },
      { id: '9', event: 'gap', data: '{"resumeAfter":9}' },
    ]);
  });

  it('an event cut off by the end of the stream is not dispatched', async () => {
    expect((await read(['id: 1\ndata: x\n\nid: 2\ndata: y\n'])).map((message) => message.id)).toEqual(['1']);
  });

  it('reads the same events however the bytes are split (a CRLF or a character cut in two)', async () => {
    const text = `${sample}\n\ndata: İptal şikayet\n\n`;
    const whole = await read([text]);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 })), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), text.length];
        const chunks = points.slice(1).map((end, index) => text.slice(points[index], end));
        expect(await read(chunks)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('a byte split inside a multi-byte character is decoded once it is whole', async () => {
    const bytes = new TextEncoder().encode('data: ı\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 7));
        controller.enqueue(bytes.slice(7));
        controller.close();
      },
    });
    const messages: SseMessage[] = [];
    for await (const message of readServerSentEvents(body)) {
      messages.push(message);
    }
    expect(messages).toEqual([{ id: undefined, event: 'message', data: 'ı' }]);
  });
});
