// A timeline event with only its id to tell it apart, for the event-bus tests.
import type { TimelineEvent } from '../../../core/escalation/escalation.js';

export const timelineEvent = (id: number): TimelineEvent => ({
  id,
  escalationId: `E${id}`,
  type: 'created',
  actor: null,
  at: '2026-11-25T00:00:00.000Z',
  data: {},
});
