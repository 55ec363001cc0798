import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { playbookJsonSchema } from './json-schema.js';
import { templateText } from '../../services/playbooks/templates.js';

const validate = new Ajv2020({
  strict: true,
  allowUnionTypes: true,
  allErrors: true,
  validateFormats: false,
}).compile(playbookJsonSchema());
const template = () =>
  parse(templateText('customer-support')) as { triggers: Array<Record<string, unknown>> };

describe('playbookJsonSchema', () => {
  it('is a draft 2020-12 schema with an id and a title', () => {
    expect(playbookJsonSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: expect.any(String),
      title: 'Handoff playbook',
      $defs: { Condition: expect.any(Object) },
    });
  });

  it('accepts the customer-support template', () => {
    expect(validate(template()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an unknown key in a trigger', () => {
    const playbook = template();
    playbook.triggers[0] = { ...playbook.triggers[0], colour: 'red' };
    expect(validate(playbook)).toBe(false);
  });

  it('follows the recursive condition into nested compositions', () => {
    const playbook = template();
    playbook.triggers.push({ id: 'deep', kind: 'not', of: { kind: 'all', of: [{ kind: 'nope' }] } });
    expect(validate(playbook)).toBe(false);
    playbook.triggers[playbook.triggers.length - 1] = {
      id: 'deep',
      kind: 'not',
      of: { kind: 'all', of: [{ kind: 'flag', flags: ['x'] }] },
    };
    expect(validate(playbook), JSON.stringify(validate.errors)).toBe(true);
  });
});
