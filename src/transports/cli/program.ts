// Builds the `handoff` command-line program from a list of commands. Each command's module (and all it imports: the
// server, the store, the MCP SDK, …) is loaded only when needed: `handoff evaluate …` loads evaluate's alone, while
// the root help, `help CMD`, an unknown or missing command load them all, so their output is the same as ever.
import { createRequire } from 'node:module';
import { Command } from 'commander';
import type { CliCommand } from './cli-command.js';

/** A command by name, and how to load its module. */
export interface LazyCliCommand {
  /** The name `register` gives the command (the first argument that runs it). */
  name: string;
  load(): Promise<CliCommand>;
}

/** Every command of the CLI, in help order; add new commands here. */
export const cliCommands: readonly LazyCliCommand[] = [
  { name: 'evaluate', load: async () => (await import('./commands/evaluate.js')).evaluateCommand },
  { name: 'validate', load: async () => (await import('./commands/validate.js')).validateCommand },
  { name: 'schema', load: async () => (await import('./commands/schema.js')).schemaCommand },
  { name: 'templates', load: async () => (await import('./commands/templates.js')).templatesCommand },
  { name: 'init', load: async () => (await import('./commands/init.js')).initCommand },
  { name: 'export', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'signals', load: async () => (await import('./commands/signals.js')).signalsCommand },
  { name: 'serve', load: async () => (await import('./commands/serve.js')).serveCommand },
  { name: 'worker', load: async () => (await import('./commands/worker.js')).workerCommand },
  { name: 'migrate', load: async () => (await import('./commands/migrate.js')).migrateCommand },
  { name: 'keys', load: async () => (await import('./commands/keys.js')).keysCommand },
  { name: 'deliveries', load: async () => (await import('./commands/deliveries.js')).deliveriesCommand },
  { name: 'incidents', load: async () => (await import('./commands/incidents.js')).incidentsCommand },
  { name: 'report', load: async () => (await import('./commands/report.js')).reportCommand },
  { name: 'drill', load: async () => (await import('./commands/drill.js')).drillCommand },
  { name: 'shadow', load: async () => (await import('./commands/shadow.js')).shadowCommand },
  { name: 'calibrate', load: async () => (await import('./commands/calibrate.js')).calibrateCommand },
  { name: 'mcp', load: async () => (await import('./commands/mcp.js')).mcpCommand },
  { name: 'audit', load: async () => (await import('./commands/audit.js')).auditCommand },
];

function packageVersion(): string {
  // Both src/cli and dist/cli sit two levels below package.json.
  const manifest = createRequire(import.meta.url)('../../../package.json') as { version?: string };
  return manifest.version ?? '0.0.0';
}

/**
 * The commands `argv` (as in `process.argv`: node, script, arguments) needs: only the one it names when its first
 * argument is a command's name, else every command (help, --version, an unknown or missing command).
 */
export function commandsFor(
  argv: readonly string[],
  commands: readonly LazyCliCommand[],
): readonly LazyCliCommand[] {
  const named = commands.filter((command) => command.name === argv[2]);
  return named.length === 1 ? named : commands;
}

/** The program for `argv`, with the commands it needs loaded and registered; `parseAsync(argv)` runs it. */
export async function buildProgram(
  argv: readonly string[] = process.argv,
  commands: readonly LazyCliCommand[] = cliCommands,
): Promise<Command> {
  const program = new Command('handoff')
    .description('AI-to-human escalation engine: decides when a human must take over, and who.')
    .version(packageVersion(), '-v, --version')
    .showHelpAfterError('(run "handoff --help" for usage)');
  const loaded = await Promise.all(commandsFor(argv, commands).map((command) => command.load()));
  for (const command of loaded) {
    command.register(program);
  }
  return program;
}
