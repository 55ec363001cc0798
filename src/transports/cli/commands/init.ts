// `handoff init --template NAME [DIR]`: writes DIR/playbook.yaml from a template, never over an existing file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HandoffError } from '../../../errors.js';
import { templateText } from '../../../services/playbooks/templates.js';
import type { CliCommand } from '../cli-command.js';

/** Writes the template's YAML to `dir/playbook.yaml` and returns the file path. */
export function writeTemplate(name: string, dir: string, force: boolean): string {
  const text = templateText(name);
  const file = join(dir, 'playbook.yaml');
  try {
    mkdirSync(dir, { recursive: true });
    // "wx" fails if the file exists, so a concurrent write cannot be overwritten between check and write.
    writeFileSync(file, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new HandoffError('conflict', `${file} already exists; use --force to overwrite it`, {
        cause: error,
      });
    }
    throw new HandoffError('bad_request', `cannot write ${file} (${code ?? (error as Error).message})`, {
      cause: error,
    });
  }
  return file;
}

export const initCommand: CliCommand = {
  name: 'init',
  register(program) {
    program
      .command('init')
      .description('write DIR/playbook.yaml from a built-in template (see "handoff templates")')
      .argument('[dir]', 'folder to write playbook.yaml into', '.')
      .option('-t, --template <name>', 'template name', 'customer-support')
      .option('-f, --force', 'overwrite an existing playbook.yaml', false)
      .action((dir: string, options: { template: string; force: boolean }) => {
        const file = writeTemplate(options.template, dir, options.force);
        process.stdout.write(
          `wrote ${file} from template "${options.template}"; check it with: handoff validate ${file}\n`,
        );
      });
  },
};
