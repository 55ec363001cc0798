// sendToOthers and listenToOthers over an in-memory broadcast: items packed under the NOTIFY limit, an item too
// long for any message left out and counted, a node's own messages ignored, an unreadable one reported.
import { describe, expect, test } from 'vitest';
import { memoryBroadcast } from './__fixtures__/memory-broadcast.js';
import { listenToOthers, sendToOthers } from './node-messages.js';

describe('node messages', () => {
  test('the other node gets every item that fits, in order, in as few messages as fit', async () => {
    const broadcast = memoryBroadcast();
    const heardByB: string[] = [];
    const heardByA: string[] = [];
    const errors: unknown[] = [];
    await listenToOthers<string>(
      broadcast,
      'c',
      'b',
      (items) => heardByB.push(...items),
      (error) => errors.push(error),
    );
    await listenToOthers<string>(
      broadcast,
      'c',
      'a',
      (items) => heardByA.push(...items),
      (error) => errors.push(error),
    );
    const items = Array.from({ length: 30 }, (_, i) => `${i}:${'x'.repeat(1_000)}`);
    const tooLong = 'y'.repeat(9_000);
    expect(
      await sendToOthers(broadcast, 'c', 'a', [...items.slice(0, 15), tooLong, ...items.slice(15)]),
    ).toBe(1);
    expect(heardByB).toEqual(items);
    expect(heardByA).toEqual([]);
    expect(broadcast.sent.length).toBe(5);
    expect(await sendToOthers(broadcast, 'c', 'a', ['1', '2', '3', '4', '5'], 2)).toBe(0);
    expect(broadcast.sent.length).toBe(5 + 3);
    await broadcast.send('c', '{not json');
    expect(errors).toHaveLength(2);
  });
});
