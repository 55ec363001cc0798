// `handoff schema`: prints the playbook JSON Schema, for editors.
import { playbookJsonSchema } from '../../../core/playbook/json-schema.js';
import type { CliCommand } from '../cli-command.js';

export const schemaCommand: CliCommand = {
  name: 'schema',
  register(program) {
    program
      .command('schema')
      .description('print the JSON Schema of playbooks (for editors such as yaml-language-server)')
      .action(() => {
        process.stdout.write(`${JSON.stringify(playbookJsonSchema(), null, 2)}\n`);
      });
  },
};
