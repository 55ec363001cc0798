// `handoff templates`: lists the built-in playbooks.
import { listTemplates } from '../../../services/playbooks/templates.js';
import type { CliCommand } from '../cli-command.js';

export const templatesCommand: CliCommand = {
  name: 'templates',
  register(program) {
    program
      .command('templates')
      .description('list the built-in playbook templates')
      .action(() => {
        const templates = listTemplates();
        const width = Math.max(...templates.map((template) => template.name.length));
        for (const template of templates) {
          process.stdout.write(`${template.name.padEnd(width)}  ${template.description}\n`);
        }
      });
  },
};
