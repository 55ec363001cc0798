// The live timelines over /v1/stream (server-sent events with the session cookie): escalation events by their type,
// incident events as `incident`. EventSource resumes both by itself with Last-Event-ID after a drop (one id sequence);
// after the server's `gap` (this reader fell behind) it reconnects, and what the page shows is reloaded.
import type { IncidentEvent, TimelineEvent } from './api';

/** Every event type of the timeline (SSE delivers a named event only to a listener of that name). */
const eventTypes = [
  'created',
  'assigned',
  'claimed',
  'status_changed',
  'commented',
  'customer_replied',
  'first_response',
  'sla_warning',
  'sla_breached',
  'approval_requested',
  'approval_recorded',
  'approval_decided',
  'approval_overridden',
  'approval_expired',
  'rerouted',
  'tier_changed',
  'handed_back',
  'reopened',
  'resolved',
  'owner_fallback',
  'priority_changed',
  'case_updated',
  'field_set',
  'tag_added',
  'ladder_started',
  'ladder_notified',
  'update_due',
  'update_reminders_started',
  'notification_recorded',
  'automation_failed',
  'automation_loop_stopped',
];

/** What incident views hear: an event of an incident, or a gap (reload what is shown). */
export type IncidentMessage = { kind: 'event'; event: IncidentEvent } | { kind: 'gap' };

export interface LiveStream {
  subscribe(listener: (event: TimelineEvent) => void): () => void;
  subscribeIncidents(listener: (message: IncidentMessage) => void): () => void;
  close(): void;
}

export function openStream(onState: (state: 'live' | 'reconnecting') => void): LiveStream {
  const listeners = new Set<(event: TimelineEvent) => void>();
  const incidentListeners = new Set<(message: IncidentMessage) => void>();
  let lastId = '';
  let source: EventSource | null = null;
  let closed = false;
  const deliver = (message: MessageEvent<string>) => {
    lastId = message.lastEventId || lastId;
    try {
      const event = JSON.parse(message.data) as TimelineEvent;
      listeners.forEach((listener) => listener(event));
    } catch {
      // A frame that is not an event of the timeline is ignored.
    }
  };
  const deliverIncident = (message: MessageEvent<string>) => {
    lastId = message.lastEventId || lastId;
    try {
      const event = JSON.parse(message.data) as IncidentEvent;
      incidentListeners.forEach((listener) => listener({ kind: 'event', event }));
    } catch {
      // A frame that is not an incident event is ignored.
    }
  };
  const connect = () => {
    // A fresh EventSource cannot set Last-Event-ID itself; the server reads it from the header only, so after a
    // gap the page reloads what it shows instead (the events of the gap are not replayed).
    source = new EventSource('/v1/stream', { withCredentials: true });
    source.onopen = () => onState('live');
    source.onerror = () => onState('reconnecting');
    source.onmessage = deliver;
    for (const type of eventTypes) {
      source.addEventListener(type, deliver as EventListener);
    }
    source.addEventListener('incident', deliverIncident as EventListener);
    source.addEventListener('gap', () => {
      source?.close();
      listeners.forEach((listener) =>
        listener({ id: Number(lastId) || 0, escalationId: '', type: 'gap', actor: null, at: '', data: {} }),
      );
      incidentListeners.forEach((listener) => listener({ kind: 'gap' }));
      if (!closed) {
        setTimeout(connect, 1000);
      }
    });
  };
  connect();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeIncidents(listener) {
      incidentListeners.add(listener);
      return () => incidentListeners.delete(listener);
    },
    close() {
      closed = true;
      source?.close();
    },
  };
}
