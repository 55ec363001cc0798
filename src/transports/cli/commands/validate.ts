// `handoff validate FILE`: checks a playbook and prints every problem as file:line:col.
import { readFileSync } from 'node:fs';
import { readTextFile } from '../../../services/playbooks/load-playbook-file.js';
import { parsePlaybook } from '../../../core/playbook/parse-playbook.js';
import { integrationEnvNames, type Integrations } from '../../../core/playbook/integrations-schema.js';
import type { PlaybookProblem } from '../../../core/playbook/playbook-problem.js';
import { readYaml } from '../../../core/playbook/read-yaml.js';
import { HandoffError } from '../../../errors.js';
import { parseWebhookSecret } from '../../../runtime/deliveries/standard-webhooks.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

/**
 * The variables the integrations name that this environment leaves unset, and webhook secrets that are not
 * `whsec_` + base64 of 24 to 64 bytes: a server started here could not deliver through them.
 */
export function checkIntegrationEnv(
  integrations: Integrations | undefined,
  env: Readonly<Record<string, string | undefined>>,
): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  for (const { name, path } of integrationEnvNames(integrations)) {
    const value = env[name]?.trim();
    if (value === undefined || value === '') {
      problems.push({ path, message: `the environment variable ${name} is not set` });
    } else if (path[1] === 'webhooks') {
      try {
        parseWebhookSecret(value);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        problems.push({
          path,
          message: `the environment variable ${name} holds no usable webhook secret: ${why}`,
        });
      }
    }
  }
  return problems;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  register(program) {
    program
      .command('validate')
      .description('check a playbook; exit 0 when valid, else print each problem as file:line:col and exit 1')
      .argument('<file>', 'playbook YAML file, or - for standard input')
      .option('--no-env', 'skip checking that the environment variables its integrations name are set')
      .action((file: string, options: { env: boolean }) => {
        const source = file === '-' ? '<stdin>' : file;
        try {
          const text = file === '-' ? readFileSync(0, 'utf8') : readTextFile(file);
          const playbook = parsePlaybook(text, source);
          const problems = options.env ? checkIntegrationEnv(playbook.integrations, process.env) : [];
          if (problems.length > 0) {
            const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
            throw new HandoffError('invalid_playbook', `${source} cannot deliver here (${count})`, {
              details: problems.map(readYaml(text).locate),
            });
          }
          const routes = playbook.routes?.length ?? 0;
          process.stdout.write(`${source}: ok (${playbook.triggers.length} triggers, ${routes} routes)\n`);
        } catch (error) {
          process.exitCode = reportError(error, source);
        }
      });
  },
};
