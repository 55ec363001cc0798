// The `handoff` executable: runs the program on the process arguments.
import type { Command } from 'commander';
import { reportError } from './exit.js';

/**
 * The program. `handoff drill` loads its own command only: the others' modules (server, databases) take longer
 * to load than a drill of thousands of cases.
 */
async function loadProgram(argv: readonly string[]): Promise<Command> {
  if (argv[2] === 'drill') {
    const [{ makeProgram }, { drillCommand }] = await Promise.all([
      import('./make-program.js'),
      import('./commands/drill.js'),
    ]);
    return makeProgram([drillCommand]);
  }
  const { buildProgram } = await import('./program.js');
  return buildProgram();
}

// A closed pipe (`handoff schema | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  throw error;
});

try {
  await (await loadProgram(process.argv)).parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
