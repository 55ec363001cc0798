// `handoff validate FILE`: checks a playbook and prints every problem as file:line:col.
import { readFileSync } from 'node:fs';
import { readTextFile } from '../../../services/playbooks/load-playbook-file.js';
import { parsePlaybook } from '../../../core/playbook/parse-playbook.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

export const validateCommand: CliCommand = {
  name: 'validate',
  register(program) {
    program
      .command('validate')
      .description('check a playbook; exit 0 when valid, else print each problem as file:line:col and exit 1')
      .argument('<file>', 'playbook YAML file, or - for standard input')
      .action((file: string) => {
        const source = file === '-' ? '<stdin>' : file;
        try {
          const text = file === '-' ? readFileSync(0, 'utf8') : readTextFile(file);
          const playbook = parsePlaybook(text, source);
          const routes = playbook.routes?.length ?? 0;
          process.stdout.write(`${source}: ok (${playbook.triggers.length} triggers, ${routes} routes)\n`);
        } catch (error) {
          process.exitCode = reportError(error, source);
        }
      });
  },
};
