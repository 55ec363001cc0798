// The `handoff` executable: runs the program on the process arguments.
import { readCaseBytesAhead } from '../../services/drills/drill-input-ahead.js';
import {
  startDrillWorkersAhead,
  takeDrillWorkers,
  tuneCompilerForDrill,
} from '../../services/drills/drill-worker-start.js';
import { reportError } from './exit.js';
import { buildProgram } from './program.js';

// A drill's worker threads load their modules, and its case file is read, while this thread loads its own modules
// (see drill-worker-start.ts, drill-input-ahead.ts); its optimising compiler inlines less (tuneCompilerForDrill).
if (process.argv[2] === 'drill') {
  tuneCompilerForDrill();
  startDrillWorkersAhead(process.argv);
  readCaseBytesAhead(process.argv);
}

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
} finally {
  // Workers started ahead that the command did not take.
  takeDrillWorkers(0);
}
