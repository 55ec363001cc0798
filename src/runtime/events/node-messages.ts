// Messages between the nodes of one database, on a Broadcast (NOTIFY): items packed into messages under its size
// limit and tagged with the sender, and a node's own messages ignored when they come back.
import type { Broadcast } from '../../store/store.js';

// NOTIFY payloads must stay under 8000 bytes.
const MESSAGE_BYTES = 7_000;

interface NodeMessage<T> {
  node: string;
  items: T[];
}

/**
 * Sends `items` in as few messages as fit, at most `mostPerMessage` items each. An item too long for any message
 * is left out; the count of those is returned.
 */
export async function sendToOthers<T>(
  broadcast: Broadcast,
  channel: string,
  nodeId: string,
  items: readonly T[],
  mostPerMessage = Number.POSITIVE_INFINITY,
): Promise<number> {
  let message: T[] = [];
  let bytes = 0;
  let tooLong = 0;
  const send = async (): Promise<void> => {
    if (message.length > 0) {
      await broadcast.send(
        channel,
        JSON.stringify({ node: nodeId, items: message } satisfies NodeMessage<T>),
      );
    }
    message = [];
    bytes = 0;
  };
  for (const item of items) {
    const size = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (size > MESSAGE_BYTES - 100) {
      tooLong += 1;
      continue;
    }
    if (bytes + size > MESSAGE_BYTES - 100 || message.length >= mostPerMessage) {
      await send();
    }
    message.push(item);
    bytes += size;
  }
  await send();
  return tooLong;
}

/** Calls `onItems` with the items of every message another node sends on `channel`; unreadable ones go to `onError`. */
export function listenToOthers<T>(
  broadcast: Broadcast,
  channel: string,
  nodeId: string,
  onItems: (items: T[]) => void,
  onError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  return broadcast.listen(channel, (payload) => {
    let message: NodeMessage<T>;
    try {
      message = JSON.parse(payload) as NodeMessage<T>;
    } catch (error) {
      onError(error);
      return;
    }
    if (message.node !== nodeId && Array.isArray(message.items) && message.items.length > 0) {
      onItems(message.items);
    }
  });
}
