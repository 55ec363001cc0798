// Where a node's log lines go (stdout by default), written so that a failing write never takes the node down: a
// full disk, a closed pipe or a bad descriptor costs log lines, counted and reported once writing works again.
import { write, writeSync } from 'node:fs';
import pino, { type Logger } from 'pino';

/** Lines waiting for a slow reader at most; beyond it new lines are dropped rather than grow the heap. */
const MOST_BUFFERED_BYTES = 4 * 1024 * 1024;
/** A pipe that is full (EAGAIN) is tried again after this pause. */
const RETRY_MS = 20;

// Whatever is still queued when the process exits gets one synchronous try, and no more: a full disk must not hold
// the exit. One listener for every destination.
const flushesAtExit = new Set<() => void>();
const flushAllAtExit = (): void => flushesAtExit.forEach((flush) => flush());

export interface LogDestination {
  /** Queues one line (pino's destination interface); never throws. */
  write(line: string): void;
  /** Resolves once nothing is queued (what could be written is written, the rest dropped). */
  drained(): Promise<void>;
  /** Lines lost so far. */
  dropped(): number;
}

/** A destination on file descriptor `fd`; lines are written in order, on the event loop's thread pool. */
export function makeLogDestination(fd = 1, maxBufferedBytes = MOST_BUFFERED_BYTES): LogDestination {
  let queue: string[] = [];
  let queuedBytes = 0;
  let writing = false;
  let lost = 0;
  let lostSinceReport = 0;
  let lastError = '';
  let waiters: Array<() => void> = [];

  const finish = (): void => {
    writing = false;
    waiters.forEach((resolve) => resolve());
    waiters = [];
  };

  const drop = (lines: number, error: NodeJS.ErrnoException): void => {
    lost += lines;
    lostSinceReport += lines;
    lastError = error.code ?? error.message;
  };

  const pump = (): void => {
    if (queue.length === 0) {
      finish();
      return;
    }
    writing = true;
    const lines = queue.length;
    let buffer = Buffer.from(queue.join(''));
    queue = [];
    queuedBytes = 0;
    if (lostSinceReport > 0) {
      const report = { level: 40, time: Date.now(), msg: `${lostSinceReport} log lines lost (${lastError})` };
      buffer = Buffer.concat([Buffer.from(`${JSON.stringify(report)}\n`), buffer]);
    }
    const writeRest = (rest: Buffer): void => {
      write(fd, rest, 0, rest.length, null, (error, written) => {
        if (error !== null) {
          if (error.code === 'EAGAIN') {
            setTimeout(() => writeRest(rest), RETRY_MS);
            return;
          }
          drop(lines, error);
          pump();
          return;
        }
        lostSinceReport = 0;
        if (written < rest.length) {
          writeRest(rest.subarray(written));
          return;
        }
        pump();
      });
    };
    writeRest(buffer);
  };

  if (flushesAtExit.size === 0) {
    process.once('exit', flushAllAtExit);
  }
  flushesAtExit.add(() => {
    try {
      if (queue.length > 0) {
        writeSync(fd, queue.join(''));
      }
    } catch {
      // lost
    }
  });

  return {
    write(line) {
      if (queuedBytes + line.length > maxBufferedBytes) {
        lost += 1;
        lostSinceReport += 1;
        lastError = 'too slow';
        return;
      }
      queue.push(line);
      queuedBytes += line.length;
      if (!writing) {
        writing = true;
        setImmediate(pump);
      }
    },
    drained: () =>
      writing || queue.length > 0 ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve(),
    dropped: () => lost,
  };
}

/** The node's logger: pino at `level` on a destination that never throws. */
export function makeLogger(level: string, destination: LogDestination = makeLogDestination()): Logger {
  return pino({ level }, destination);
}
