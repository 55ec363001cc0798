// A Broadcast in memory, shared by the "nodes" of one test: every send reaches every listener, the sender's too,
// and it fails the test if a payload would be too long for NOTIFY.
import type { Broadcast } from '../../../store/store.js';

export function memoryBroadcast(): Broadcast & { sent: string[] } {
  const listeners = new Set<(payload: string) => void>();
  const sent: string[] = [];
  return {
    sent,
    async send(_channel, payload) {
      if (Buffer.byteLength(payload) >= 8000) {
        throw new Error(`a payload of ${Buffer.byteLength(payload)} bytes is too long for NOTIFY`);
      }
      sent.push(payload);
      for (const listener of listeners) {
        listener(payload);
      }
    },
    async listen(_channel, onMessage) {
      listeners.add(onMessage);
      return async () => void listeners.delete(onMessage);
    },
  };
}
