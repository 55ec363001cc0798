// Every built-in template as a team starting from it gets it: `handoff templates` lists it, and what
// `handoff init --template NAME` writes passes every check of `handoff validate` unchanged, once the variables
// its integrations name are set.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { integrationEnvNames } from '../src/core/playbook/integrations-schema.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import { listTemplates } from '../src/services/playbooks/templates.js';
import { writeTemplate } from '../src/transports/cli/commands/init.js';
import { checkIntegrationEnv } from '../src/transports/cli/commands/validate.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));

describe('the built-in templates as `handoff init` writes them', () => {
  it('handoff templates lists every one, in order', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [bin, 'templates'], (error, out) =>
        error === null ? resolve(out) : reject(error),
      );
    });
    const listed = stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split(' ', 1)[0]);
    expect(listed).toEqual(listTemplates().map((template) => template.name));
  });

  for (const { name } of listTemplates()) {
    it(`${name}: written by init, it validates unchanged; with no environment it names only the variables to set`, () => {
      const file = writeTemplate(name, mkdtempSync(join(tmpdir(), 'handoff-template-')), false);
      const playbook = parsePlaybook(readFileSync(file, 'utf8'), file);
      expect(playbook.name).toBe(name);
      expect(playbook.locales).toEqual(['en', 'tr']);
      // A template that reaches people through Slack, webhooks or e-mail names its secrets as variables: validate
      // says which are unset, and is content once they hold usable values.
      const unset = checkIntegrationEnv(playbook.integrations, {});
      for (const problem of unset) {
        expect(problem.message).toMatch(/^the environment variable [A-Z0-9_]+ is not set$/);
      }
      const env = Object.fromEntries(
        integrationEnvNames(playbook.integrations).map(({ name: variable }) => [
          variable,
          `whsec_${Buffer.alloc(32, 7).toString('base64')}`,
        ]),
      );
      expect(checkIntegrationEnv(playbook.integrations, env)).toEqual([]);
    });
  }
});
