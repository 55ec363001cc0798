// /v1/stream: the timelines of escalations and of incidents as server-sent events, live, resumable with one
// Last-Event-ID over both (they share one id counter); each reader sees what they may read, and a reader that does
// not keep up costs a bounded amount of memory (see ../event-stream.ts).
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { isIncidentEvent, type StreamEvent } from '../../../core/stream/stream-event.js';
import { readEventsAfter } from '../../../services/events/read-events.js';
import { openEventView } from '../../../services/events/open-event-view.js';
import { makeEventStream } from '../event-stream.js';
import type { RouteDeps } from '../make-app.js';

/** Events read from the database per page when a reader resumes, and at most in all. */
const BACKLOG_PAGE = 200;
const BACKLOG_MOST = 100_000;
/** Live events kept while the backlog is replayed; past this they are read from the database afterwards. */
const HELD_MOST = 1_000;
/** Live events waiting for a permission look-up; past this the reader is behind. */
const QUEUED_MOST = 1_000;
const HEARTBEAT_MS = 15_000;

/**
 * An escalation event is named by its type; every incident event is named `incident` (its type is in the data), so
 * no type of one timeline is taken for the other's, and a client listening for escalation types gets what it did.
 */
const frameOf = (event: StreamEvent): string =>
  `id: ${event.id}\nevent: ${isIncidentEvent(event) ? 'incident' : event.type}\ndata: ${JSON.stringify(event)}\n\n`;

export const streamRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const { events } = deps.options;
  const registry = deps.streams;
  const sockets = new Set<ServerResponse>();
  // Closing waits for every connection to end: without this one open stream keeps the server up forever.
  app.addHook('preClose', async () => {
    for (const socket of sockets) {
      socket.end();
    }
  });
  app.get(
    '/v1/stream',
    {
      schema: {
        summary:
          'Server-sent events of escalation and incident timelines (Last-Event-ID resumes both; event: gap when behind)',
        tags: ['events'],
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const ctx = deps.contextOf(actor);
      const mayRead = await openEventView({ ctx });
      const slot = registry.reserve(actor.keyId ?? `name:${actor.name}`);
      const requested = Number(request.headers['last-event-id']);
      let after = Number.isSafeInteger(requested) && requested > 0 ? requested : 0;

      reply.hijack();
      const socket = reply.raw;
      sockets.add(socket);
      socket.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      socket.write(': connected\n\n');
      const stream = makeEventStream(socket, { maxBufferedBytes: registry.limits.maxBufferedBytes, after });
      slot.attach(socket, stream);

      // Live events go through one chain, in order, after their permission look-up.
      let chain = Promise.resolve();
      let queued = 0;
      const sendLive = (event: StreamEvent) => {
        if (stream.isBehind || queued >= QUEUED_MOST) {
          stream.drop(event.id);
          return;
        }
        queued += 1;
        chain = chain
          .then(async () => {
            queued -= 1;
            if (!stream.isBehind) {
              stream.send(event.id, (await mayRead(event)) ? frameOf(event) : null);
            }
          })
          .catch(() => undefined);
      };
      // Live events are held while the backlog is read, so none committed in between is lost or sent twice; a
      // reader whose backlog takes long holds at most HELD_MOST, the rest are read from the database after.
      let held: StreamEvent[] | null = [];
      let heldOverflow = false;
      const unsubscribe = events.subscribe((event) => {
        if (held === null) {
          sendLive(event);
        } else if (held.length < HELD_MOST) {
          held.push(event);
        } else {
          heldOverflow = true;
        }
      });
      const heartbeat = setInterval(() => {
        // A client that took nothing for two whole intervals while bytes waited for it is let go.
        if (!stream.tick()) {
          socket.destroy();
        }
      }, HEARTBEAT_MS);
      socket.on('close', () => {
        sockets.delete(socket);
        clearInterval(heartbeat);
        unsubscribe();
        slot.release();
      });

      // The backlog goes at the pace the client takes it; a reader further behind than BACKLOG_MOST is told so
      // (`event: gap`), and should reload what it shows from the API instead.
      const sent = new Set<number>();
      try {
        if (after > 0) {
          for (;;) {
            const page = await readEventsAfter({ ctx, lastId: after, limit: BACKLOG_PAGE });
            for (const event of page) {
              if (!(await stream.sendPaced(event.id, (await mayRead(event)) ? frameOf(event) : null))) {
                return;
              }
              sent.add(event.id);
            }
            after = page.at(-1)?.id ?? after;
            if (socket.destroyed) {
              return;
            }
            if (sent.size >= BACKLOG_MOST) {
              await stream.drained();
              stream.drop(after + 1);
              return;
            }
            if (page.length < BACKLOG_PAGE) {
              if (!heldOverflow) {
                break;
              }
              // Live events were left out of `held`: they are committed, so the next pages have them.
              held = [];
              heldOverflow = false;
            }
          }
        }
      } catch (error) {
        // The response has begun: a failure while reading the backlog can only end it (the reader resumes).
        request.log.warn({ err: error }, 'event stream backlog failed');
        socket.destroy();
        return;
      }
      const pending = held;
      held = null;
      pending.filter((event) => !sent.has(event.id)).forEach(sendLive);
    },
  );
};
