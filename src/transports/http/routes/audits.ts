// /v1/audits: audit an uploaded helpdesk log (the raw CSV or JSON Lines body, streamed), and the saved audits
// that serve as baselines.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatAuditMarkdown } from '../../../core/audit/format-audit.js';
import { formatAuditHtml } from '../../../core/audit/format-audit-html.js';
import { HandoffError } from '../../../errors.js';
import { assertMayAudit, createAudit, MAX_AUDIT_BYTES } from '../../../services/audit/create-audit.js';
import { getAudit } from '../../../services/audit/get-audit.js';
import { listAudits } from '../../../services/audit/list-audits.js';
import type { RouteDeps } from '../make-app.js';

/** Content types taken as the raw log, streamed as it arrives. */
const logTypes = [
  'text/csv',
  'application/csv',
  'application/x-ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'text/plain',
  'application/octet-stream',
];

const AuditQuery = z.looseObject({
  report: z.enum(['json', 'markdown', 'html']).default('json'),
});

const listOf = (value: unknown): string[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value.map(String) : [String(value)];

export const auditsRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  app.addContentTypeParser(logTypes, (_request, payload, done) => done(null, payload));
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/v1/audits',
    {
      schema: {
        summary:
          'Audit a helpdesk log: the raw file as the body (text/csv or application/x-ndjson), streamed',
        description:
          'Query: source (servicenow, zendesk, events), map (COLUMN=FIELD, repeatable), date_format, timezone, ' +
          'done (statuses that mean finished, comma-separated), format (csv, jsonl), calendar (of the active ' +
          `playbook), save (a name: the audit becomes a baseline; 201), report (json, markdown, html). At most ${MAX_AUDIT_BYTES / 1024 / 1024} MiB (413). Admin keys.`,
        tags: ['audits'],
        querystring: AuditQuery,
      },
      preParsing: async (request) => {
        assertMayAudit(deps.contextOf(request.actor));
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      if (
        body === undefined ||
        body === null ||
        typeof (body as AsyncIterable<Buffer>)[Symbol.asyncIterator] !== 'function'
      ) {
        throw new HandoffError(
          'wrong_content_type',
          'send the log itself as the body, with Content-Type text/csv or application/x-ndjson',
          { path: 'content-type' },
        );
      }
      const { report: as, ...query } = request.query;
      const input: Record<string, unknown> = { ...query };
      for (const key of ['map', 'done'] as const) {
        const list = listOf(query[key]);
        if (list !== undefined) {
          input[key] = key === 'done' ? list.flatMap((item) => item.split(',')).map((s) => s.trim()) : list;
        }
      }
      try {
        const { report, saved } = await createAudit({
          ctx: deps.contextOf(request.actor),
          input,
          log: body as AsyncIterable<Buffer>,
        });
        if (saved !== null) {
          void reply.status(201).header('location', `/v1/audits/${encodeURIComponent(saved.name)}`);
        }
        if (as === 'markdown') {
          return reply
            .header('content-type', 'text/markdown; charset=utf-8')
            .send(formatAuditMarkdown(report));
        }
        if (as === 'html') {
          return reply.header('content-type', 'text/html; charset=utf-8').send(formatAuditHtml(report));
        }
        return reply.send(report);
      } catch (error) {
        // The rest of a refused upload is not read: the connection closes after the answer.
        void reply.header('connection', 'close');
        throw error;
      }
    },
  );
  typed.get(
    '/v1/audits',
    { schema: { summary: 'The saved audits (baselines), newest first', tags: ['audits'] } },
    async (request) => listAudits({ ctx: deps.contextOf(request.actor) }),
  );
  typed.get(
    '/v1/audits/:name',
    {
      schema: {
        summary: 'One saved audit with its report',
        tags: ['audits'],
        params: z.strictObject({ name: z.string().min(1).max(100) }),
      },
    },
    async (request) => getAudit({ ctx: deps.contextOf(request.actor), name: request.params.name }),
  );
};
