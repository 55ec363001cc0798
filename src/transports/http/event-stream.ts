// One server-sent events connection with backpressure: what the client has not taken yet is bounded in bytes; a
// client that falls further behind gets no more events, then a gap event naming where to resume, then the end.
import { Buffer } from 'node:buffer';

/** The part of a socket (Node's ServerResponse) a stream writes to. */
export interface StreamSocket {
  write(chunk: string): boolean;
  end(): void;
  /** Bytes written but not yet taken by the client (held in this process). */
  readonly writableLength: number;
  /** True after a write returned false, until 'drain'. */
  readonly writableNeedDrain: boolean;
  readonly destroyed: boolean;
  on(event: 'drain', listener: () => void): unknown;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
}

export interface EventStream {
  /**
   * Writes one event, or only notes its id when `frame` is null (an event this reader may not see). Returns false
   * once the reader is behind: the event was dropped, and so will every later one be.
   */
  send(id: number, frame: string | null): boolean;
  /** Drops the event with this id and every later one (the reader is behind for another reason). */
  drop(id: number): void;
  /** Writes one event once the client took what was written before: the backlog goes at the client's pace. */
  sendPaced(id: number, frame: string | null): Promise<boolean>;
  /**
   * Called at each heartbeat: a keep-alive comment when nothing is waiting for the client. False when the client
   * took nothing for two whole intervals while bytes waited for it: the caller closes the stream.
   */
  tick(): boolean;
  /** Resolves when the client has taken everything written so far, or the stream is over. */
  drained(): Promise<void>;
  readonly isBehind: boolean;
  readonly droppedEvents: number;
}

export interface EventStreamOptions {
  /** Most bytes waiting for the client; an event that would go past it puts the reader behind. */
  maxBufferedBytes: number;
  /** The id the reader resumed after (Last-Event-ID), 0 for none. */
  after?: number;
}

export function makeEventStream(socket: StreamSocket, options: EventStreamOptions): EventStream {
  let lastId = options.after ?? 0;
  let isBehind = false;
  let droppedEvents = 0;
  let drainsSinceTick = 0;
  let stalledTicks = 0;
  let lengthAtTick = 0;
  const onDrain = () => {
    drainsSinceTick += 1;
  };
  socket.on('drain', onDrain);
  socket.once('close', () => socket.off('drain', onDrain));

  // An event larger than the whole budget still goes when nothing is waiting, so it can never block a reader.
  const fits = (frame: string): boolean =>
    socket.writableLength === 0 ||
    socket.writableLength + Buffer.byteLength(frame) <= options.maxBufferedBytes;

  // The gap names the last event the reader got (or could skip): with it as Last-Event-ID the reader resumes where
  // the dropping began. It goes out once the client has taken what was buffered, then the stream ends.
  const fallBehind = (id: number) => {
    isBehind = true;
    const resumeAfter = lastId > 0 ? lastId : Math.max(0, id - 1);
    const finish = () => {
      if (!socket.destroyed) {
        socket.write(`id: ${resumeAfter}\nevent: gap\ndata: ${JSON.stringify({ resumeAfter })}\n\n`);
        socket.end();
      }
    };
    if (socket.writableNeedDrain) {
      socket.once('drain', finish);
    } else {
      finish();
    }
  };

  const drop = (id: number) => {
    droppedEvents += 1;
    if (!isBehind) {
      fallBehind(id);
    }
  };

  const write = (id: number, frame: string | null, mayExceed: boolean): boolean => {
    if (isBehind || socket.destroyed) {
      drop(id);
      return false;
    }
    if (frame !== null) {
      if (!mayExceed && !fits(frame)) {
        drop(id);
        return false;
      }
      socket.write(frame);
    }
    lastId = id;
    return true;
  };

  const drained = (): Promise<void> => {
    if (socket.destroyed || isBehind || !socket.writableNeedDrain) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        socket.off('drain', done);
        socket.off('close', done);
        resolve();
      };
      socket.once('drain', done);
      socket.once('close', done);
    });
  };

  return {
    send: (id, frame) => write(id, frame, false),
    drop,
    // Paced writes wait for 'drain' whenever a write said the buffer is full: at most one event over the
    // socket's own high-water mark is held for a reader that takes its backlog slowly.
    async sendPaced(id, frame) {
      await drained();
      return write(id, frame, true);
    },
    tick() {
      if (socket.destroyed) {
        return true;
      }
      if (socket.writableLength === 0) {
        if (!isBehind) {
          socket.write(': keep-alive\n\n');
        }
        stalledTicks = 0;
        lengthAtTick = 0;
        return true;
      }
      const isProgressing = drainsSinceTick > 0 || socket.writableLength < lengthAtTick;
      stalledTicks = isProgressing ? 0 : stalledTicks + 1;
      drainsSinceTick = 0;
      lengthAtTick = socket.writableLength;
      return stalledTicks < 3;
    },
    drained,
    get isBehind() {
      return isBehind;
    },
    get droppedEvents() {
      return droppedEvents;
    },
  };
}
