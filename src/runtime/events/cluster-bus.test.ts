// The cluster bus with an in-memory broadcast shared by two nodes: one message per tick, chunks under the NOTIFY
// limit, a node ignores its own announcements, and a bad message is reported, not thrown.
import { describe, expect, test } from 'vitest';
import { makeClusterBus } from './cluster-bus.js';
import { memoryBroadcast } from './__fixtures__/memory-broadcast.js';
import { timelineEvent } from './__fixtures__/timeline-event.js';
import { makeEventBus } from './event-bus.js';

const event = timelineEvent;
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('makeClusterBus', () => {
  test('events published on one node reach the listeners of the other, read back by id', async () => {
    const broadcast = memoryBroadcast();
    const errors: unknown[] = [];
    const reads: number[][] = [];
    const node = async (nodeId: string) => {
      const local = makeEventBus();
      const seen: number[] = [];
      local.subscribe((e) => seen.push(e.id));
      const bus = await makeClusterBus({
        local,
        broadcast,
        nodeId,
        readEvents: async (ids) => (reads.push([...ids]), ids.map(event)),
        onError: (error) => errors.push(error),
      });
      return { bus, seen };
    };
    const a = await node('a');
    const b = await node('b');
    a.bus.publish([event(1), event(2)]);
    a.bus.publish([event(3)]);
    expect(a.seen).toEqual([1, 2, 3]);
    await tick();
    await tick();
    expect(broadcast.sent).toHaveLength(1);
    expect(b.seen).toEqual([1, 2, 3]);
    // A node does not read back what it announced itself.
    expect(reads).toEqual([[1, 2, 3]]);

    a.bus.publish(Array.from({ length: 1_200 }, (_, i) => event(100 + i)));
    await tick();
    await tick();
    expect(broadcast.sent).toHaveLength(1 + 3);
    expect(b.seen).toHaveLength(3 + 1_200);

    await broadcast.send('handoff_events', 'not json');
    // Both nodes hear it, and each reports it.
    expect(errors).toHaveLength(2);
    await a.bus.stop();
    await b.bus.stop();
  });
});
