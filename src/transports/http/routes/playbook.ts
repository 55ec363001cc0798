// /v1/playbook: the active version's YAML, new versions (validated with line and column), list, activate, roll back.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HandoffError } from '../../../errors.js';
import {
  activatePlaybookVersion,
  getPlaybookYaml,
  listPlaybookVersions,
  putPlaybook,
  rollbackPlaybook,
} from '../../../services/playbooks/playbook-versions.js';
import { documentFormats, documentKinds, documentLocales } from '../../../core/documents/document.js';
import { getPlaybookDocument } from '../../../services/playbooks/playbook-document.js';
import type { RouteDeps } from '../make-app.js';
import { registerYamlBody } from '../yaml-body.js';

const Version = z.strictObject({ version: z.coerce.number().int().min(1) });

export const playbookRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  // YAML bodies arrive as text; JSON bodies may carry { yaml }.
  registerYamlBody(app);
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const changed = () => deps.options.playbook.invalidate();

  typed.get(
    '/v1/playbook',
    {
      schema: {
        summary: 'The active playbook (YAML; JSON with version when Accept: application/json)',
        tags: ['playbook'],
      },
    },
    async (request, reply) => {
      const active = await getPlaybookYaml({ ctx: deps.contextOf(request.actor) });
      if ((request.headers.accept ?? '').includes('application/json')) {
        return active;
      }
      return reply
        .type('application/yaml')
        .header('handoff-playbook-version', String(active.version))
        .send(active.yaml);
    },
  );
  typed.put(
    '/v1/playbook',
    {
      schema: {
        summary: 'Store a new version and activate it (?activate=false to only store)',
        tags: ['playbook'],
        querystring: z.strictObject({ activate: z.enum(['true', 'false']).optional() }),
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const yaml =
        typeof body === 'string'
          ? body
          : typeof (body as { yaml?: unknown } | undefined)?.yaml === 'string'
            ? (body as { yaml: string }).yaml
            : undefined;
      if (yaml === undefined) {
        throw new HandoffError(
          'bad_request',
          'send the playbook as YAML (Content-Type: application/yaml) or JSON { "yaml": "…" }',
          { path: 'body' },
        );
      }
      const version = await putPlaybook({
        ctx: deps.contextOf(request.actor),
        yaml,
        activate: request.query.activate !== 'false',
      });
      changed();
      return reply.status(201).send(version);
    },
  );
  typed.get(
    '/v1/playbook/versions',
    { schema: { summary: 'Every stored version, newest first', tags: ['playbook'] } },
    async (request) => {
      return { items: await listPlaybookVersions({ ctx: deps.contextOf(request.actor) }) };
    },
  );
  typed.get(
    '/v1/playbook/versions/:version',
    { schema: { summary: 'One version as YAML', tags: ['playbook'], params: Version } },
    async (request, reply) => {
      const found = await getPlaybookYaml({
        ctx: deps.contextOf(request.actor),
        version: request.params.version,
      });
      return reply.type('application/yaml').send(found.yaml);
    },
  );
  typed.get(
    '/v1/playbook/versions/:version/documents/:kind',
    {
      schema: {
        summary:
          'A document generated from a version: escalation matrix, RACI chart, SOP or communications plan',
        tags: ['playbook'],
        params: Version.extend({ kind: z.enum(documentKinds) }),
        querystring: z.strictObject({
          format: z.enum(documentFormats).default('md'),
          locale: z.enum(documentLocales).default('en'),
        }),
      },
    },
    async (request, reply) => {
      const document = await getPlaybookDocument({
        ctx: deps.contextOf(request.actor),
        input: { version: request.params.version, kind: request.params.kind, ...request.query },
      });
      const extension = request.query.format;
      return reply
        .type(document.mediaType)
        .header('handoff-playbook-version', String(document.version))
        .header(
          'content-disposition',
          `inline; filename="playbook-v${document.version}-${request.params.kind}.${request.query.locale}.${extension}"`,
        )
        .send(document.text);
    },
  );
  typed.post(
    '/v1/playbook/versions/:version/activate',
    { schema: { summary: 'Activate a stored version', tags: ['playbook'], params: Version } },
    async (request) => {
      const version = await activatePlaybookVersion({
        ctx: deps.contextOf(request.actor),
        version: request.params.version,
      });
      changed();
      return version;
    },
  );
  typed.post(
    '/v1/playbook/rollback',
    { schema: { summary: 'Activate the version that was active before', tags: ['playbook'] } },
    async (request) => {
      const version = await rollbackPlaybook({ ctx: deps.contextOf(request.actor) });
      changed();
      return version;
    },
  );
};
