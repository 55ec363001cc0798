// Exports the playbook language as JSON Schema (draft 2020-12) for editors such as yaml-language-server.
import { z } from 'zod';
import { Condition, Playbook } from './schema.js';

/** The `$id` of the exported schema; a URN, so it claims no web address. */
export const PLAYBOOK_SCHEMA_ID = 'urn:handoff:playbook:1';

/**
 * The JSON Schema of a playbook as written (zod input side): strict objects, the recursive condition
 * under `$defs.Condition`. Point an editor at it with `# yaml-language-server: $schema=playbook.schema.json`.
 */
export function playbookJsonSchema(): Record<string, unknown> {
  const metadata = z.registry<{ id?: string; description?: string }>();
  metadata.add(Condition, {
    id: 'Condition',
    description: 'a trigger condition without id or action; compositions (all, any, not) nest them',
  });
  const schema = z.toJSONSchema(Playbook, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    metadata,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: PLAYBOOK_SCHEMA_ID,
    title: 'Handoff playbook',
    description:
      'When an AI must hand a conversation over to a human, and to whom: teams, people, tiers, triggers, routes.',
    ...rest,
  };
}
