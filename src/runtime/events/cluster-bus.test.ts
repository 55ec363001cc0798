// The cluster bus with an in-memory broadcast shared by two nodes: one message per tick, chunks under the NOTIFY
// limit, a node ignores its own announcements, the events of two messages keep their order, and a bad message is
// reported, not thrown.
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
  test('the events of two messages reach the listeners in the order announced, however long each read takes', async () => {
    const broadcast = memoryBroadcast();
    const a = await makeClusterBus({
      local: makeEventBus(),
      broadcast,
      nodeId: 'a',
      readEvents: async (ids) => ids.map(event),
      onError: (error) => {
        throw error;
      },
    });
    const local = makeEventBus();
    const seen: number[] = [];
    local.subscribe((e) => seen.push(e.id));
    // The first read answers after the second one.
    const delays = [40, 0];
    const b = await makeClusterBus({
      local,
      broadcast,
      nodeId: 'b',
      readEvents: async (ids) => {
        await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0));
        return ids.map(event);
      },
      onError: (error) => {
        throw error;
      },
    });
    a.publish([event(1)]);
    await tick();
    await tick();
    a.publish([event(2)]);
    await tick();
    await tick();
    while (seen.length < 2) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(broadcast.sent).toHaveLength(2);
    expect(seen).toEqual([1, 2]);
    await a.stop();
    await b.stop();
  });
});
