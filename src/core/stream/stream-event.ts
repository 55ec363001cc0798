// What the live stream carries: the events of escalations' timelines and of incidents' timelines. Both take their
// ids from one counter (docs/adr/0005-one-stream-id-space.md), so one id orders and resumes them together.
import type { TimelineEvent } from '../escalation/escalation.js';
import type { IncidentEvent } from '../incidents/incident.js';

export type StreamEvent = TimelineEvent | IncidentEvent;

export const isIncidentEvent = (event: StreamEvent): event is IncidentEvent => 'incidentId' in event;

/** Both kinds in id order (the order they were written). */
export function inIdOrder(...lists: ReadonlyArray<readonly StreamEvent[]>): StreamEvent[] {
  return lists.flat().sort((a, b) => a.id - b.id);
}
