// What the feedback loop stores: how the conversations the AI kept ended (reported by the AI system), the
// decisions a shadow playbook version made beside the active one, and for e-mail replies the index the
// threading lookup needs and the inbound messages already taken (a reply delivered twice is one comment).
import type { Kysely, Migration } from 'kysely';
import type { SchemaTypes } from './schema-types.js';

const millis = 'bigint';

export function outcomesAndShadow({ json }: SchemaTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('case_outcomes')
        .addColumn('case_id', 'text', (c) => c.primaryKey())
        // resolved_by_ai | escalated_later | customer_complained | reopened
        .addColumn('outcome', 'text', (c) => c.notNull())
        // When it happened, as the AI system reports it.
        .addColumn('at', millis, (c) => c.notNull())
        .addColumn('recorded_at', millis, (c) => c.notNull())
        .addColumn('recorded_by', 'text')
        .execute();
      await db.schema.createIndex('case_outcomes_at').on('case_outcomes').column('at').execute();

      await db.schema
        .createTable('shadow_decisions')
        .addColumn('evaluation_id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('turn', 'integer')
        .addColumn('active_version', 'integer', (c) => c.notNull())
        .addColumn('candidate_version', 'integer', (c) => c.notNull())
        .addColumn('active_action', 'text', (c) => c.notNull())
        .addColumn('candidate_action', 'text', (c) => c.notNull())
        .addColumn('active_route', 'text')
        .addColumn('candidate_route', 'text')
        .addColumn('active_priority', 'text')
        .addColumn('candidate_priority', 'text')
        // 1 when action, route or priority differ.
        .addColumn('differs', 'integer', (c) => c.notNull())
        .addColumn('decision', json, (c) => c.notNull())
        .addColumn('created_at', millis, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('shadow_decisions_candidate_created')
        .on('shadow_decisions')
        .columns(['candidate_version', 'created_at'])
        .execute();

      await db.schema
        .createIndex('mail_tokens_escalation_sender')
        .on('mail_tokens')
        .columns(['escalation_id', 'sender'])
        .execute();
      await db.schema
        .createTable('inbound_mail')
        .addColumn('message_id', 'text', (c) => c.primaryKey())
        .addColumn('escalation_id', 'text', (c) => c.notNull())
        .addColumn('received_at', millis, (c) => c.notNull())
        .execute();
    },
  };
}
