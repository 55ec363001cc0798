import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { makeEventStream, type StreamSocket } from './event-stream.js';

/** A socket as Node's Writable behaves: bytes wait until the client takes them; 'drain' after a full buffer empties. */
class FakeSocket extends EventEmitter implements StreamSocket {
  waiting: string[] = [];
  taken: string[] = [];
  writableLength = 0;
  writableNeedDrain = false;
  destroyed = false;
  isEnded = false;
  constructor(private readonly highWaterMark = 100) {
    super();
  }
  write(chunk: string): boolean {
    this.waiting.push(chunk);
    this.writableLength += Buffer.byteLength(chunk);
    this.writableNeedDrain = this.writableLength >= this.highWaterMark;
    return !this.writableNeedDrain;
  }
  end(): void {
    this.isEnded = true;
  }
  /** The client reads everything waiting. */
  take(): string[] {
    const chunks = this.waiting;
    this.taken.push(...chunks);
    this.waiting = [];
    this.writableLength = 0;
    if (this.writableNeedDrain) {
      this.writableNeedDrain = false;
      this.emit('drain');
    }
    return chunks;
  }
}

const frame = (id: number, size = 50) => `id: ${id}\ndata: ${'x'.repeat(size)}\n\n`;

describe('makeEventStream', () => {
  test('a reader that takes nothing holds at most the budget, however many events come', () => {
    const socket = new FakeSocket();
    const stream = makeEventStream(socket, { maxBufferedBytes: 1_000 });
    let written = 0;
    for (let id = 1; id <= 100_000; id += 1) {
      written += stream.send(id, frame(id)) ? 1 : 0;
    }
    expect(socket.writableLength).toBeLessThanOrEqual(1_000);
    expect(written).toBe(Math.floor(1_000 / frame(1).length));
    expect(stream.droppedEvents).toBe(100_000 - written);
    expect(stream.isBehind).toBe(true);
    expect(socket.isEnded).toBe(false);
  });

  test('a reader that falls behind gets what was buffered, then a gap naming where to resume, then the end', () => {
    const socket = new FakeSocket();
    const stream = makeEventStream(socket, { maxBufferedBytes: 500 });
    for (let id = 1; id <= 20; id += 1) {
      stream.send(id, frame(id));
    }
    const got = [...socket.take(), ...socket.take()];
    const lastGot = Number(/^id: (\d+)/.exec(got.at(-2) ?? '')?.[1]);
    expect(lastGot).toBeGreaterThan(1);
    expect(got.at(-1)).toBe(`id: ${lastGot}\nevent: gap\ndata: {"resumeAfter":${lastGot}}\n\n`);
    expect(socket.isEnded).toBe(true);
    expect(stream.send(21, frame(21))).toBe(false);
  });

  test('a reader that keeps up gets every event and no gap', () => {
    const socket = new FakeSocket();
    const stream = makeEventStream(socket, { maxBufferedBytes: 500 });
    for (let id = 1; id <= 1_000; id += 1) {
      expect(stream.send(id, id % 3 === 0 ? null : frame(id))).toBe(true);
      socket.take();
    }
    expect(socket.taken).toHaveLength(667);
    expect(socket.taken.some((chunk) => chunk.includes('event: gap'))).toBe(false);
    expect(stream.droppedEvents).toBe(0);
  });

  test('an event larger than the budget still goes to a reader that has taken everything', () => {
    const socket = new FakeSocket();
    const stream = makeEventStream(socket, { maxBufferedBytes: 100 });
    expect(stream.send(1, frame(1, 1_000))).toBe(true);
    expect(stream.send(2, frame(2, 1_000))).toBe(false);
  });

  test('a reader behind before it got anything resumes after the event before the first dropped one', () => {
    const socket = new FakeSocket(10);
    const stream = makeEventStream(socket, { maxBufferedBytes: 100, after: 0 });
    socket.write(': connected\n\n');
    stream.send(41, frame(41, 200));
    socket.take();
    socket.take();
    expect(socket.taken.at(-1)).toContain('data: {"resumeAfter":40}');
  });

  test('paced writes wait for the client to take the buffer: the backlog never piles up', async () => {
    const socket = new FakeSocket(100);
    const stream = makeEventStream(socket, { maxBufferedBytes: 1_000 });
    let delivered = 0;
    const backlog = (async () => {
      for (let id = 1; id <= 50; id += 1) {
        delivered += (await stream.sendPaced(id, frame(id))) ? 1 : 0;
      }
    })();
    let most = 0;
    while (delivered < 50) {
      await new Promise((resolve) => setImmediate(resolve));
      most = Math.max(most, socket.writableLength);
      socket.take();
    }
    await backlog;
    expect(most).toBeLessThanOrEqual(100 + frame(50).length);
    expect(stream.droppedEvents).toBe(0);
    expect(socket.taken).toHaveLength(50);
  });

  test('heartbeats: written only when nothing waits; a client that takes nothing for two ticks is let go', () => {
    const socket = new FakeSocket();
    const stream = makeEventStream(socket, { maxBufferedBytes: 1_000 });
    expect(stream.tick()).toBe(true);
    expect(socket.take()).toEqual([': keep-alive\n\n']);
    stream.send(1, frame(1));
    expect(stream.tick()).toBe(true);
    expect(stream.tick()).toBe(true);
    expect(stream.tick()).toBe(false);
    socket.take();
    expect(stream.tick()).toBe(true);
  });
});
