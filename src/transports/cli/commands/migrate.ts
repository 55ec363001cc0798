// `handoff migrate`: applies the database migrations (serve does it too, on start).
import { migrateDatabase } from '../../../services/admin/admin-tasks.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  register(program) {
    program
      .command('migrate')
      .description('apply database migrations to DATABASE_URL (default ./handoff.db)')
      .action(async () => {
        try {
          const applied = await migrateDatabase(process.env.DATABASE_URL);
          process.stdout.write(applied.length === 0 ? 'up to date\n' : `applied ${applied.join(', ')}\n`);
        } catch (error) {
          process.exitCode = reportError(error);
        }
      });
  },
};
