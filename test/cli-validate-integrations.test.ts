// `handoff validate` on a playbook's integrations, through the built CLI: bad URLs and unknown channels from the
// schema, and variables the environment leaves unset or holding a malformed secret, each as file:line:col.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import { generateWebhookSecret } from '../src/runtime/deliveries/standard-webhooks.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));

function validate(
  yaml: string,
  env: Record<string, string>,
  flags: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  writeFileSync(join(dir, 'playbook.yaml'), yaml);
  // Only PATH from this process: a variable set where the tests run must not make a case pass.
  const childEnv = { PATH: process.env.PATH ?? '', ...env };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, 'validate', ...flags, 'playbook.yaml'],
      { cwd: dir, env: childEnv },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
      },
    );
  });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-integrations-'));
});

// Line numbers below count from the end of validYaml.
const base = validYaml.split('\n').length - 1;
const withIntegrations = `${validYaml}integrations:
  webhooks:
    - id: ops
      url: https://hooks.example.com/handoff
      secret_env: [HOOK_OLD, HOOK_NEW]
      events: ["*"]
    - id: audit
      url: https://audit.example.com/in
      secret_env: AUDIT_SECRET
      events: [created, resolved]
  email:
    - id: mail
      from: Handoff <handoff@example.com>
`;

describe('handoff validate: integrations', () => {
  it('every variable set and every webhook secret well formed: exit 0', async () => {
    const run = await validate(withIntegrations, {
      HOOK_OLD: generateWebhookSecret(),
      HOOK_NEW: generateWebhookSecret(24),
      AUDIT_SECRET: generateWebhookSecret(64),
      HANDOFF_SMTP_URL: 'smtp://localhost:2525',
    });
    expect(run).toEqual({ code: 0, stdout: 'playbook.yaml: ok (2 triggers, 1 routes)\n', stderr: '' });
  });

  it('unset variables and a malformed secret: one line each at the name, exit 1', async () => {
    const run = await validate(withIntegrations, { HOOK_NEW: 'whsec_c2hvcnQ=', AUDIT_SECRET: 'hunter2' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `playbook.yaml:${base + 5}:20 integrations.webhooks[0].secret_env[0]: the environment variable HOOK_OLD is not set`,
      `playbook.yaml:${base + 5}:30 integrations.webhooks[0].secret_env[1]: the environment variable HOOK_NEW holds no usable webhook secret: a webhook secret holds 24 to 64 bytes; this one holds 5`,
      `playbook.yaml:${base + 9}:19 integrations.webhooks[1].secret_env: the environment variable AUDIT_SECRET holds no usable webhook secret: a webhook secret starts with "whsec_" (then base64 of 24 to 64 bytes)`,
      `playbook.yaml:${base + 12}:7 integrations.email[0].smtp_url_env: the environment variable HANDOFF_SMTP_URL is not set`,
    ]);
  });

  it('--no-env checks the playbook alone (for CI without the secrets)', async () => {
    const run = await validate(withIntegrations, {}, ['--no-env']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it('a channel no integration declares comes from the reference check', async () => {
    const yaml = withIntegrations.replace(
      '    teams: [billing]\n',
      '    teams: [billing]\n    notify: [ops, pager]\n',
    );
    const run = await validate(yaml, {}, ['--no-env']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^playbook\.yaml:17:19 people\[1\]\.notify\[1\]: "pager" is not an integration \(ops, audit, mail\)\n$/,
    );
  });

  it('a URL that is not http(s), one with credentials and a lower-case variable name come from the schema', async () => {
    const yaml = `${validYaml}integrations:
  webhooks:
    - id: ops
      url: ftp://hooks.example.com/handoff
      secret_env: hook_secret
      events: ["*"]
    - id: creds
      url: https://user:pass@hooks.example.com/
      secret_env: HOOK_SECRET
      events: ["*"]
`;
    const run = await validate(yaml, { HOOK_SECRET: generateWebhookSecret() });
    expect(run.code).toBe(1);
    const url = 'an absolute http:// or https:// URL without a user name or password';
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `playbook.yaml:${base + 4}:12 integrations.webhooks[0].url: ${url}`,
      `playbook.yaml:${base + 5}:19 integrations.webhooks[0].secret_env: "hook_secret" is not valid: the name of an environment variable, e.g. HANDOFF_WEBHOOK_SECRET`,
      `playbook.yaml:${base + 8}:12 integrations.webhooks[1].url: ${url}`,
    ]);
  });
});
