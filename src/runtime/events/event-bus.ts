// Hands committed events (of escalations and of incidents) to live listeners (the SSE stream) in this process.
import type { StreamEvent } from '../../core/stream/stream-event.js';

export type EventListener = (event: StreamEvent) => void;

export interface EventBus {
  /** Call only after the transaction that wrote the events committed. */
  publish(events: readonly StreamEvent[]): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: EventListener): () => void;
}

export function makeEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    publish(events) {
      for (const event of events) {
        for (const listener of listeners) {
          // A failing listener (a closed socket) must not stop the others or the writer.
          try {
            listener(event);
          } catch {
            listeners.delete(listener);
          }
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
