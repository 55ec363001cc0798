// /v1/stream: the timeline as server-sent events, live, resumable with Last-Event-ID; each reader sees what they may read.
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { teamsOf } from '../../../services/authorize.js';
import type { TimelineEvent } from '../../../core/escalation/escalation.js';
import { readEscalationTeam, readEventsAfter } from '../../../services/events/read-events.js';
import { assertScope } from '../../../services/authorize.js';
import type { RouteDeps } from '../make-app.js';

/** Events read from the database per page when a reader resumes, and at most in all. */
const BACKLOG_PAGE = 1_000;
const BACKLOG_MOST = 100_000;

export const streamRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const { events } = deps.options;
  const streams = new Set<ServerResponse>();
  // Closing waits for every connection to end: without this one open stream keeps the server up forever.
  app.addHook('preClose', async () => {
    for (const stream of streams) {
      stream.end();
    }
  });
  app.get(
    '/v1/stream',
    { schema: { summary: 'Server-sent events of the timeline (Last-Event-ID resumes)', tags: ['events'] } },
    async (request, reply) => {
      assertScope(request.actor, ['human']);
      const actor = request.actor;
      const ctx = deps.contextOf(actor);
      const runtime = await deps.options.playbook.get();
      const teams = new Set(teamsOf(actor, runtime));
      const teamOf = new Map<string, string>();
      const mayRead = async (event: TimelineEvent): Promise<boolean> => {
        if (actor.kind === 'admin') {
          return true;
        }
        let team = teamOf.get(event.escalationId);
        if (team === undefined) {
          team = (await readEscalationTeam({ ctx, id: event.escalationId })) ?? '';
          if (teamOf.size > 5_000) {
            teamOf.clear();
          }
          teamOf.set(event.escalationId, team);
        }
        return teams.has(team);
      };
      reply.hijack();
      const socket = reply.raw;
      streams.add(socket);
      socket.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      socket.write(': connected\n\n');
      let chain = Promise.resolve();
      const send = (event: TimelineEvent) => {
        chain = chain
          .then(async () => {
            if (!socket.destroyed && (await mayRead(event))) {
              socket.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
            }
          })
          .catch(() => undefined);
      };
      // Live events are held while the backlog is read, so none committed in between is lost or sent twice.
      let held: TimelineEvent[] | null = [];
      const unsubscribe = events.subscribe((event) => (held === null ? send(event) : held.push(event)));
      const heartbeat = setInterval(() => socket.write(': keep-alive\n\n'), 15_000);
      socket.on('close', () => {
        streams.delete(socket);
        clearInterval(heartbeat);
        unsubscribe();
      });
      // The backlog is read in pages up to a bound; a reader further behind is told so (`event: gap`), and should
      // reload what it shows from the API instead.
      const sent = new Set<number>();
      let after = Number(request.headers['last-event-id']);
      if (Number.isSafeInteger(after) && after > 0) {
        for (;;) {
          const page = await readEventsAfter({ ctx, lastId: after, limit: BACKLOG_PAGE });
          for (const event of page) {
            send(event);
            sent.add(event.id);
          }
          after = page.at(-1)?.id ?? after;
          if (page.length < BACKLOG_PAGE || socket.destroyed) {
            break;
          }
          if (sent.size >= BACKLOG_MOST) {
            chain = chain.then(
              () => void socket.write(`event: gap\ndata: ${JSON.stringify({ resumeAfter: after })}\n\n`),
            );
            break;
          }
          // Let the pages already queued reach the socket before reading more.
          await chain;
        }
      }
      held.filter((event) => !sent.has(event.id)).forEach(send);
      held = null;
    },
  );
};
