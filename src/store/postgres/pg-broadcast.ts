// LISTEN/NOTIFY between the nodes of one PostgreSQL database: NOTIFY through the pool, LISTEN for every channel on
// one connection of its own, made on the first listen and again after it drops (messages sent while it is down
// are not seen).
import pg from 'pg';
import type { Broadcast } from '../store.js';

const RECONNECT_MS = 1_000;

export function makePgBroadcast(pool: pg.Pool, url: string, onError: (error: Error) => void): Broadcast {
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let retry: NodeJS.Timeout | undefined;
  // The channels each connection has said LISTEN for.
  const listenedOn = new WeakMap<pg.Client, Set<string>>();
  const listenOn = async (on: pg.Client, channel: string): Promise<void> => {
    const channels = listenedOn.get(on) ?? new Set<string>();
    listenedOn.set(on, channels);
    if (!channels.has(channel)) {
      channels.add(channel);
      await on.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    }
  };

  const reconnectLater = (): void => {
    if (handlers.size > 0 && retry === undefined) {
      retry = setTimeout(() => {
        retry = undefined;
        void connect().catch((error: Error) => (onError(error), reconnectLater()));
      }, RECONNECT_MS);
    }
  };

  const connect = (): Promise<pg.Client> =>
    (connecting ??= (async () => {
      const next = new pg.Client({ connectionString: url, application_name: 'handoff-listen' });
      next.on('notification', (message) => {
        if (message.payload !== undefined) {
          handlers.get(message.channel)?.forEach((handler) => handler(message.payload as string));
        }
      });
      // A dropped connection (an error, or the server ending it) is made again while anyone listens.
      const lost = (error?: Error): void => {
        if (client === next) {
          client = null;
          if (error !== undefined) {
            onError(error);
          }
          void next.end().catch(() => undefined);
          reconnectLater();
        }
      };
      next.on('error', lost);
      next.on('end', () => lost());
      try {
        await next.connect();
        for (const channel of handlers.keys()) {
          await listenOn(next, channel);
        }
      } catch (error) {
        // Not yet `client`: `lost` would leave it open.
        await next.end().catch(() => undefined);
        throw error;
      }
      client = next;
      return next;
    })().finally(() => {
      connecting = null;
    }));

  return {
    async send(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async listen(channel, onMessage) {
      let channelHandlers = handlers.get(channel);
      if (channelHandlers === undefined) {
        channelHandlers = new Set();
        handlers.set(channel, channelHandlers);
      }
      channelHandlers.add(onMessage);
      await listenOn(client ?? (await connect()), channel);
      return async () => {
        channelHandlers.delete(onMessage);
        if (channelHandlers.size === 0) {
          handlers.delete(channel);
        }
        if (handlers.size === 0) {
          clearTimeout(retry);
          retry = undefined;
          const last = client;
          client = null;
          await last?.end();
        }
      };
    },
  };
}
