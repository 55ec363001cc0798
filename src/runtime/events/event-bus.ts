// Hands committed timeline events to live listeners (the SSE stream) in this process.
import type { TimelineEvent } from '../../core/escalation/escalation.js';

export type EventListener = (event: TimelineEvent) => void;

export interface EventBus {
  /** Call only after the transaction that wrote the events committed. */
  publish(events: readonly TimelineEvent[]): void;
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
