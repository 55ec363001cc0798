// `handoff serve`: the server (API and docs) on PORT, SQLite by default, DATABASE_URL for PostgreSQL.
import { readTextFile } from '../../../services/playbooks/load-playbook-file.js';
import { templateText } from '../../../services/playbooks/templates.js';
import { HandoffError } from '../../../errors.js';
import { startServer } from '../../server/start-server.js';
import type { CliCommand } from '../cli-command.js';
import { closeOnSignals } from '../close-on-signals.js';
import { reportError } from '../exit.js';
import { outliveOutput } from '../outlive-output.js';

interface ServeOptions {
  playbook?: string;
  template?: string;
  demo?: boolean;
  port?: string;
  host?: string;
  workers?: boolean;
}

function readSeed(options: ServeOptions): { yaml: string; source: string } | undefined {
  if (options.playbook !== undefined && options.template !== undefined) {
    throw new HandoffError('bad_request', 'give --playbook or --template, not both');
  }
  if (options.playbook !== undefined) {
    return { yaml: readTextFile(options.playbook), source: `file:${options.playbook}` };
  }
  const template = options.template ?? (options.demo === true ? 'customer-support' : undefined);
  return template === undefined
    ? undefined
    : { yaml: templateText(template), source: `template:${template}` };
}

function readPort(text: string | undefined): number {
  const port = Number(text ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new HandoffError('bad_request', `not a port: ${text ?? process.env.PORT}`);
  }
  return port;
}

/** A whole number ≥ `least` from the environment, undefined when unset; anything else is a clear error. */
function envWholeNumber(name: string, least: number): number | undefined {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') {
    return undefined;
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < least) {
    throw new HandoffError(
      'bad_request',
      `${name} must be a whole number of at least ${least}, not "${text}"`,
      { path: name },
    );
  }
  return value;
}

export const serveCommand: CliCommand = {
  name: 'serve',
  register(program) {
    program
      .command('serve')
      .description(
        'run the server: HTTP API, OpenAPI docs at /docs (DATABASE_URL picks the database, default ./handoff.db)',
      )
      .option('--playbook <file>', 'make this playbook the active version (unless it already is)')
      .option('--template <name>', 'make this built-in template the active version')
      .option(
        '--demo',
        'demo mode: the customer-support template, everyone available, a fresh admin key printed',
      )
      .option('--port <port>', 'port (default PORT or 3000)')
      .option('--host <host>', 'address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)')
      .option('--no-workers', 'do not run the timers worker here (run "handoff worker" elsewhere)')
      .action(async (options: ServeOptions) => {
        try {
          const rate = envWholeNumber('HANDOFF_RATE_LIMIT', 0);
          const authFailures = envWholeNumber('HANDOFF_AUTH_FAILURE_LIMIT', 0);
          const bodyLimit = envWholeNumber('HANDOFF_BODY_LIMIT', 1);
          const poolSize = envWholeNumber('HANDOFF_DB_POOL', 1);
          outliveOutput();
          const server = await startServer({
            databaseUrl: process.env.DATABASE_URL,
            port: readPort(options.port),
            host: options.host ?? process.env.HOST ?? '127.0.0.1',
            seed: readSeed(options),
            adminKey: process.env.HANDOFF_ADMIN_KEY,
            demo: options.demo === true,
            workers: options.workers !== false,
            ...(rate === undefined ? {} : { rateLimitPerMinute: rate }),
            ...(authFailures === undefined ? {} : { authFailuresPerMinute: authFailures }),
            ...(bodyLimit === undefined ? {} : { bodyLimit }),
            ...(poolSize === undefined ? {} : { poolSize }),
          });
          process.stdout.write(
            `handoff listening on ${server.url} (dashboard at ${server.url}/, API docs at ${server.url}/docs)\n`,
          );
          if (server.demoKey !== null) {
            process.stdout.write(
              `demo admin key (shown once; sign in to the dashboard with it): ${server.demoKey}\n`,
            );
            process.stdout.write(
              `try: curl -s -H "Authorization: Bearer ${server.demoKey}" ${server.url}/v1/escalations\n`,
            );
          }
          closeOnSignals(server);
        } catch (error) {
          process.exitCode = reportError(error);
        }
      });
  },
};
