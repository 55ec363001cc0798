// `handoff keys create|revoke`: API keys for AI systems (agent), people (human) and administrators (admin).
import { createKeyInDatabase, revokeKeyInDatabase } from '../../../services/admin/admin-tasks.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

export const keysCommand: CliCommand = {
  name: 'keys',
  register(program) {
    const keys = program
      .command('keys')
      .description('manage API keys in DATABASE_URL (default ./handoff.db)');
    keys
      .command('create')
      .description('create a key and print it once (only its hash is stored)')
      .requiredOption('--scope <scope>', 'agent, human or admin')
      .option('--name <name>', 'who or what uses it (default: the person)')
      .option('--person <id>', 'for a human key: the person of the active playbook it belongs to')
      .action(async (options: { scope: string; name?: string; person?: string }) => {
        try {
          const created = await createKeyInDatabase(process.env.DATABASE_URL, options, Date.now());
          process.stdout.write(`${created.key}\n`);
          process.stderr.write(
            `key ${created.id} (${created.scope}${created.person === null ? '' : `, person ${created.person}`}) created; it is shown only now\n`,
          );
        } catch (error) {
          process.exitCode = reportError(error);
        }
      });
    keys
      .command('revoke')
      .description('revoke a key by its id')
      .argument('<id>', 'the key id printed when it was created')
      .action(async (id: string) => {
        try {
          await revokeKeyInDatabase(process.env.DATABASE_URL, id, Date.now());
          process.stdout.write(`revoked ${id}\n`);
        } catch (error) {
          process.exitCode = reportError(error);
        }
      });
  },
};
