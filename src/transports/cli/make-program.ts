// Makes the `handoff` program from the commands given (program.ts lists them all; main.ts may load only one).
import { createRequire } from 'node:module';
import { Command } from 'commander';
import type { CliCommand } from './cli-command.js';

function packageVersion(): string {
  // Both src/cli and dist/cli sit two levels below package.json.
  const manifest = createRequire(import.meta.url)('../../../package.json') as { version?: string };
  return manifest.version ?? '0.0.0';
}

/** The program with the given commands registered; `parseAsync(process.argv)` runs it. */
export function makeProgram(commands: readonly CliCommand[]): Command {
  const program = new Command('handoff')
    .description('AI-to-human escalation engine: decides when a human must take over, and who.')
    .version(packageVersion(), '-v, --version')
    .showHelpAfterError('(run "handoff --help" for usage)');
  for (const command of commands) {
    command.register(program);
  }
  return program;
}
