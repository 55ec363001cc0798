// /v1/playbook/shadow: a candidate version deciding beside the active one; set, clear, report, promote (admin keys).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  clearShadow,
  getShadow,
  getShadowReport,
  promoteShadow,
  setShadow,
} from '../../../services/playbooks/shadow-versions.js';
import type { RouteDeps } from '../make-app.js';

export const shadowRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['playbook'];
  typed.get(
    '/v1/playbook/shadow',
    { schema: { summary: 'The version deciding in shadow (null when none) and the active one', tags } },
    async (request) => getShadow({ ctx: deps.contextOf(request.actor) }),
  );
  typed.put(
    '/v1/playbook/shadow',
    { schema: { summary: 'Run a stored version in shadow: { "version": N }', tags } },
    async (request) => setShadow({ ctx: deps.contextOf(request.actor), input: request.body }),
  );
  typed.delete(
    '/v1/playbook/shadow',
    { schema: { summary: 'Stop running a version in shadow', tags } },
    async (request) => clearShadow({ ctx: deps.contextOf(request.actor) }),
  );
  typed.get(
    '/v1/playbook/shadow/report',
    {
      schema: {
        summary: 'Where the shadow version and the active one disagree (?from&to ISO instants, ?version)',
        tags,
      },
    },
    async (request) => getShadowReport({ ctx: deps.contextOf(request.actor), input: request.query }),
  );
  typed.post(
    '/v1/playbook/shadow/promote',
    { schema: { summary: 'Activate the shadow version and stop shadowing', tags } },
    async (request) => {
      const promoted = await promoteShadow({ ctx: deps.contextOf(request.actor) });
      deps.options.playbook.invalidate();
      return promoted;
    },
  );
};
