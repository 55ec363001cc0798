// The open event streams of this node: at most so many per key, and what they hold for their clients, for /metrics.
import { HandoffError } from '../../errors.js';
import type { EventStream } from './event-stream.js';

export interface StreamLimits {
  /** Bytes one stream may hold for a client that does not keep up (default 1 MiB). */
  maxBufferedBytes: number;
  /** Open streams per key on this node (default 10). */
  maxPerKey: number;
}

export const defaultStreamLimits: StreamLimits = { maxBufferedBytes: 1024 * 1024, maxPerKey: 10 };

export interface StreamSlot {
  /** Counts what the stream holds and drops in the node's totals. */
  attach(socket: { readonly writableLength: number }, stream: EventStream): void;
  /** Frees the key's slot (idempotent). */
  release(): void;
}

export interface StreamRegistry {
  readonly limits: StreamLimits;
  /** A slot for one more stream of the key, or `rate_limited` when it has the most already. */
  reserve(key: string): StreamSlot;
  /** Prometheus lines: open streams, bytes held for clients, events dropped, streams that fell behind. */
  metricLines(): string[];
}

export function makeStreamRegistry(limits: StreamLimits = defaultStreamLimits): StreamRegistry {
  const perKey = new Map<string, number>();
  const open = new Set<{ socket: { readonly writableLength: number }; stream: EventStream }>();
  let droppedBefore = 0;
  let behindBefore = 0;
  return {
    limits,
    reserve(key) {
      const count = perKey.get(key) ?? 0;
      if (count >= limits.maxPerKey) {
        throw new HandoffError(
          'rate_limited',
          `this key has ${count} open streams, the most it may have; close one first`,
        );
      }
      perKey.set(key, count + 1);
      let entry: { socket: { readonly writableLength: number }; stream: EventStream } | undefined;
      let isReleased = false;
      return {
        attach(socket, stream) {
          entry = { socket, stream };
          open.add(entry);
        },
        release() {
          if (isReleased) {
            return;
          }
          isReleased = true;
          const left = (perKey.get(key) ?? 1) - 1;
          if (left > 0) {
            perKey.set(key, left);
          } else {
            perKey.delete(key);
          }
          if (entry !== undefined) {
            open.delete(entry);
            droppedBefore += entry.stream.droppedEvents;
            behindBefore += entry.stream.isBehind ? 1 : 0;
          }
        },
      };
    },
    metricLines() {
      let buffered = 0;
      let dropped = droppedBefore;
      let behind = behindBefore;
      for (const { socket, stream } of open) {
        buffered += socket.writableLength;
        dropped += stream.droppedEvents;
        behind += stream.isBehind ? 1 : 0;
      }
      return [
        '# HELP handoff_streams_open Open event streams (/v1/stream) of this node.',
        '# TYPE handoff_streams_open gauge',
        `handoff_streams_open ${open.size}`,
        '# HELP handoff_stream_buffered_bytes Bytes written to event streams that their clients have not taken yet.',
        '# TYPE handoff_stream_buffered_bytes gauge',
        `handoff_stream_buffered_bytes ${buffered}`,
        '# HELP handoff_stream_dropped_events_total Events not sent to a client that fell too far behind.',
        '# TYPE handoff_stream_dropped_events_total counter',
        `handoff_stream_dropped_events_total ${dropped}`,
        '# HELP handoff_stream_gaps_total Streams that fell too far behind and were told to resume (event: gap).',
        '# TYPE handoff_stream_gaps_total counter',
        `handoff_stream_gaps_total ${behind}`,
      ];
    },
  };
}
