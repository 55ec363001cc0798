import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandoffError } from '../../errors.js';
import { validYaml } from '../../core/playbook/__fixtures__/playbook-yaml.js';
import { loadPlaybook } from './load-playbook-file.js';

describe('loadPlaybook', () => {
  it('takes text with a newline as YAML', () => {
    expect(loadPlaybook(validYaml).name).toBe('demo');
  });

  it('reads a file path and names the file in errors', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'handoff-')), 'playbook.yaml');
    writeFileSync(file, validYaml);
    expect(loadPlaybook(file).name).toBe('demo');
    writeFileSync(file, validYaml.replace('priority: high', 'priority: hgih'));
    expect(() => loadPlaybook(file)).toThrow(`${file} is not a valid playbook (1 problem)`);
  });

  it('says a missing file is missing', () => {
    expect(() => loadPlaybook('/no/such/playbook.yaml')).toThrow(
      new HandoffError('not_found', '/no/such/playbook.yaml: no such file'),
    );
  });
});
