// `handoff worker`: runs the timers worker without the HTTP API, on DATABASE_URL.
import { startWorkerNode } from '../../server/start-worker-node.js';
import type { CliCommand } from '../cli-command.js';
import { closeOnSignals } from '../close-on-signals.js';
import { reportError } from '../exit.js';
import { outliveOutput } from '../outlive-output.js';

export const workerCommand: CliCommand = {
  name: 'worker',
  register(program) {
    program
      .command('worker')
      .description(
        'run the background workers (SLA timers, ladders, reminders) without the API; pair with "serve --no-workers"',
      )
      .action(async () => {
        try {
          outliveOutput();
          const node = await startWorkerNode({ databaseUrl: process.env.DATABASE_URL });
          process.stdout.write('handoff worker running\n');
          closeOnSignals(node);
        } catch (error) {
          process.exitCode = reportError(error);
        }
      });
  },
};
