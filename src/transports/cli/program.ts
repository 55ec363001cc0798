// Builds the `handoff` command-line program from a list of commands.
import type { Command } from 'commander';
import type { CliCommand } from './cli-command.js';
import { makeProgram } from './make-program.js';
import { auditCommand } from './commands/audit.js';
import { deliveriesCommand } from './commands/deliveries.js';
import { drillCommand } from './commands/drill.js';
import { calibrateCommand } from './commands/calibrate.js';
import { shadowCommand } from './commands/shadow.js';
import { evaluateCommand } from './commands/evaluate.js';
import { exportCommand } from './commands/export.js';
import { incidentsCommand } from './commands/incidents.js';
import { initCommand } from './commands/init.js';
import { keysCommand } from './commands/keys.js';
import { mcpCommand } from './commands/mcp.js';
import { migrateCommand } from './commands/migrate.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { serveCommand } from './commands/serve.js';
import { signalsCommand } from './commands/signals.js';
import { templatesCommand } from './commands/templates.js';
import { validateCommand } from './commands/validate.js';
import { workerCommand } from './commands/worker.js';

/** Every command of the CLI, in help order; add new commands here. */
export const cliCommands: readonly CliCommand[] = [
  evaluateCommand,
  validateCommand,
  schemaCommand,
  templatesCommand,
  initCommand,
  exportCommand,
  signalsCommand,
  serveCommand,
  workerCommand,
  migrateCommand,
  keysCommand,
  deliveriesCommand,
  incidentsCommand,
  reportCommand,
  drillCommand,
  shadowCommand,
  calibrateCommand,
  mcpCommand,
  auditCommand,
];

/** The program with the given commands registered; `parseAsync(process.argv)` runs it. */
export function buildProgram(commands: readonly CliCommand[] = cliCommands): Command {
  return makeProgram(commands);
}
