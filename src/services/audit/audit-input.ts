// What an audit is asked for, checked at the edge: the source, column map, date format, zone, calendar, and
// the name to save it under.
import { z } from 'zod';

/** A saved audit's name: letters, digits, dot, dash and underscore. */
export const AuditName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'a name of letters, digits, ".", "-" and "_" (at most 100)');

export const AuditInput = z.strictObject({
  source: z.string().min(1).max(50).describe('servicenow, zendesk or events'),
  map: z.array(z.string().min(1).max(300)).max(100).default([]).describe('COLUMN=FIELD entries'),
  date_format: z.string().min(1).max(100).optional().describe('luxon tokens, e.g. dd-MM-yyyy HH:mm'),
  timezone: z.string().min(1).max(100).default('UTC').describe('IANA zone of dates written without one'),
  done: z.array(z.string().min(1).max(100)).max(100).optional().describe('statuses that mean finished'),
  format: z.enum(['csv', 'jsonl']).optional().describe('default: told by the first character'),
  calendar: z.string().min(1).max(100).optional().describe('a calendar of the playbook, for business time'),
  save: AuditName.optional(),
});
export type AuditInput = z.infer<typeof AuditInput>;
