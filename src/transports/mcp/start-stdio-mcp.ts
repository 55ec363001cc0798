// `handoff mcp`: the MCP server on stdin/stdout for a local agent. It works on the database itself, through the
// same service verbs as the HTTP API and with the scope of the key it was given; the server's workers (SLA timers,
// deliveries) carry on from the rows it writes.
import type { Readable, Writable } from 'node:stream';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Logger } from 'pino';
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { makeNodeEvents } from '../../runtime/events/node-events.js';
import { makeSharedCounterStore } from '../../runtime/frequency/shared-counter-store.js';
import { nodeName } from '../../runtime/node-name.js';
import { openNodeStore } from '../../services/admin/open-node-store.js';
import { makeAuthenticator } from '../../services/keys/api-keys.js';
import { makeActivePlaybook } from '../../services/playbooks/active-playbook.js';
import { makeMcpServer } from './make-mcp-server.js';

export interface StdioMcpOptions {
  databaseUrl: string | undefined;
  /** The API key whose scope the tools act with. */
  key: string | undefined;
  version: string;
  /** Where logs go: never stdout, which carries the protocol. */
  logger: Logger;
  input?: Readable;
  output?: Writable;
}

/** Serves until stdin ends; `closed` resolves once everything is closed. A bad key fails before anything is served. */
export async function startStdioMcp(
  options: StdioMcpOptions,
): Promise<{ closed: Promise<void>; close(): Promise<void> }> {
  const { logger } = options;
  if (options.key === undefined || options.key === '') {
    throw new HandoffError(
      'unauthorized',
      'handoff mcp acts with an API key: pass --key KEY or set HANDOFF_API_KEY',
    );
  }
  const clock = Date.now;
  const store = await openNodeStore(options.databaseUrl, {
    onPoolError: (error) => logger.warn({ err: error }, 'a database connection failed'),
  });
  const nodeId = nodeName();
  const counters = makeSharedCounterStore({ store, clock, nodeId, logger });
  let events: Awaited<ReturnType<typeof makeNodeEvents>> | undefined;
  try {
    const authenticator = makeAuthenticator(store, clock);
    const key = options.key;
    await authenticator.authenticate(key);
    await counters.start();
    const playbook = makeActivePlaybook(store.db, clock, undefined, counters);
    // This process has no live listeners; it only tells the other nodes what it commits.
    events = await makeNodeEvents({
      store,
      clock,
      logger,
      playbook: () => playbook.get(),
      nodeId,
      listens: false,
    });
    const base: Omit<Context, 'actor'> = { store, clock, logger, events, playbook: () => playbook.get() };
    const server = makeMcpServer({
      session: { logger, contextOf: async () => ({ ...base, actor: await authenticator.authenticate(key) }) },
      version: options.version,
    });
    const transport = new StdioServerTransport(options.input, options.output);
    const nodeEvents = events;
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        await server.close();
        await nodeEvents.stop();
        await counters.stop();
        await store.close();
      })());
    const closed = new Promise<void>((resolve) => {
      (options.input ?? process.stdin).once('end', () => void close().then(resolve, resolve));
    });
    await server.connect(transport);
    return { closed, close };
  } catch (error) {
    await events?.stop();
    await counters.stop();
    await store.close();
    throw error;
  }
}
