// LISTEN/NOTIFY between the nodes of one PostgreSQL database: NOTIFY through the pool, LISTEN on a connection of
// its own, made again after it drops (messages sent while it is down are not seen).
import pg from 'pg';
import type { Broadcast } from '../store.js';

const RECONNECT_MS = 1_000;

export function makePgBroadcast(pool: pg.Pool, url: string, onError: (error: Error) => void): Broadcast {
  return {
    async send(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async listen(channel, onMessage) {
      let client: pg.Client | null = null;
      let stopped = false;
      let retry: NodeJS.Timeout | undefined;
      const reconnectLater = (): void => {
        if (!stopped) {
          retry = setTimeout(
            () => void connect().catch((error: Error) => (onError(error), reconnectLater())),
            RECONNECT_MS,
          );
        }
      };
      const connect = async (): Promise<void> => {
        const next = new pg.Client({ connectionString: url, application_name: 'handoff-listen' });
        next.on('notification', (message) => {
          if (message.channel === channel && message.payload !== undefined) {
            onMessage(message.payload);
          }
        });
        // A dropped connection (an error, or the server ending it) is made again while listening goes on.
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
          await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        } catch (error) {
          // Not yet `client`: `lost` would leave it open.
          await next.end().catch(() => undefined);
          throw error;
        }
        if (stopped) {
          await next.end();
          return;
        }
        client = next;
      };
      await connect();
      return async () => {
        stopped = true;
        clearTimeout(retry);
        const last = client;
        client = null;
        await last?.end();
      };
    },
  };
}
