// /mcp: the MCP server over Streamable HTTP, stateless (one server per request, bound to the request's Bearer key),
// so any node of a cluster answers any call and nothing is held between calls.
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyInstance } from 'fastify';
import { makeMcpServer } from '../../mcp/make-mcp-server.js';
import type { RouteDeps } from '../make-app.js';

const notHere = JSON.stringify({
  error: {
    code: 'bad_request',
    message:
      'this MCP endpoint is stateless: send JSON-RPC messages with POST (no GET stream, no sessions to end)',
    path: 'method',
  },
});

export const mcpRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  app.post(
    '/mcp',
    {
      schema: {
        summary: 'MCP (Model Context Protocol) over Streamable HTTP: tools and resources for an AI agent',
        tags: ['mcp'],
      },
    },
    async (request, reply) => {
      const ctx = deps.contextOf(request.actor);
      const server = makeMcpServer({
        // One request, one key: authenticated once, before the body was read.
        session: { logger: ctx.logger, contextOf: async () => ctx },
        version: deps.options.version ?? '0.0.0',
      });
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      });
      reply.hijack();
      reply.raw.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
    },
  );
  for (const method of ['GET', 'DELETE'] as const) {
    app.route({
      method,
      url: '/mcp',
      schema: { hide: true },
      handler: async (_request, reply) =>
        reply.status(405).header('allow', 'POST').type('application/json').send(notHere),
    });
  }
};
