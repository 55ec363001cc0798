// `handoff mcp`: the MCP server over stdio for a local AI agent, on DATABASE_URL, acting with one API key's scope.
import pino from 'pino';
import { startStdioMcp } from '../../mcp/start-stdio-mcp.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

export const mcpCommand: CliCommand = {
  name: 'mcp',
  register(program) {
    program
      .command('mcp')
      .description(
        'the MCP server on stdin/stdout for a local AI agent, on DATABASE_URL (default ./handoff.db), with the scope of a key',
      )
      .option('--key <key>', 'the API key the tools act with (default HANDOFF_API_KEY)')
      .action(async (options: { key?: string }) => {
        // stdout carries the protocol: logs go to stderr.
        const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
        try {
          const key = options.key ?? process.env.HANDOFF_API_KEY;
          const running = await startStdioMcp({
            databaseUrl: process.env.DATABASE_URL,
            key,
            version: program.version() ?? '0.0.0',
            logger,
          });
          const stop = () => void running.close().finally(() => process.exit(0));
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
          await running.closed;
        } catch (error) {
          process.exitCode = reportError(error);
        }
      });
  },
};
