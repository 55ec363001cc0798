// followOtherWriters with a fake database: an own event read back before this process published it is delivered
// once; without another writer nothing is read at all.
import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import { timelineEvent } from './__fixtures__/timeline-event.js';
import { makeEventBus } from './event-bus.js';
import { followOtherWriters } from './follow-other-writers.js';

const event = timelineEvent;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('followOtherWriters', () => {
  test('reads only after another connection committed, and never delivers an event twice', async () => {
    let elsewhere = false;
    let table: TimelineEvent[] = [];
    let reads = 0;
    const local = makeEventBus();
    const seen: number[] = [];
    local.subscribe((e) => seen.push(e.id));
    const bus = await followOtherWriters({
      local,
      committedElsewhere: () => elsewhere,
      lastEventId: async () => 0,
      readAfter: async (lastId) => {
        reads += 1;
        return table.filter((e) => e.id > lastId);
      },
      onError: (error) => {
        throw error;
      },
      everyMs: 5,
    });
    try {
      // Only this process writes: nothing is read back.
      table = [event(1)];
      bus.publish([event(1)]);
      await wait(40);
      expect(reads).toBe(0);
      // Another process commits 2; this one committed 3 but has not published it yet when the table is read.
      table = [event(1), event(2), event(3)];
      elsewhere = true;
      await wait(40);
      elsewhere = false;
      bus.publish([event(3)]);
      await wait(40);
      expect(seen).toEqual([1, 2, 3]);
      expect(reads).toBeGreaterThan(0);
    } finally {
      await bus.stop();
    }
  });
});
