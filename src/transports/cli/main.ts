// The `handoff` executable: runs the program on the process arguments.
import { reportError } from './exit.js';
import { buildProgram } from './program.js';

// A closed pipe (`handoff schema | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  throw error;
});

try {
  await (await buildProgram(process.argv)).parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
