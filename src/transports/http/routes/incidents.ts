// /v1/incidents: open, list, show, link and unlink escalations, change phase, post updates, hand over, resolve;
// /v1/incidents/metrics: counts and time to resolve.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeIncidentPhase } from '../../../services/incidents/change-incident-phase.js';
import { getIncident } from '../../../services/incidents/get-incident.js';
import { getIncidentMetrics } from '../../../services/incidents/get-incident-metrics.js';
import { handOverIncident } from '../../../services/incidents/hand-over-incident.js';
import * as inputs from '../../../services/incidents/inputs.js';
import { linkIncidentEscalation } from '../../../services/incidents/link-incident-escalation.js';
import { listIncidents } from '../../../services/incidents/list-incidents.js';
import { openIncident } from '../../../services/incidents/open-incident.js';
import { postIncidentUpdate } from '../../../services/incidents/post-incident-update.js';
import { resolveIncident } from '../../../services/incidents/resolve-incident.js';
import { unlinkIncidentEscalation } from '../../../services/incidents/unlink-incident-escalation.js';
import type { RouteDeps } from '../make-app.js';
import { expectedVersionOf } from './headers.js';

const Id = z.string().min(1).max(200);
const Params = z.strictObject({ id: Id });
const LinkParams = z.strictObject({ id: Id, escalation: Id });
const tags = ['incidents'];

export const incidentRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const versionOf = (request: Parameters<typeof expectedVersionOf>[0]) => {
    const version = expectedVersionOf(request);
    return version === undefined ? {} : { expectedVersion: version };
  };
  typed.post(
    '/v1/incidents',
    {
      schema: {
        summary: 'Open an incident (roles filled, periods and update cadence started)',
        tags,
        body: inputs.OpenIncidentInput,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await openIncident({ ctx: deps.contextOf(request.actor), input: request.body })),
  );
  typed.get(
    '/v1/incidents',
    { schema: { summary: 'List incidents, newest first', tags, querystring: inputs.ListIncidentsInput } },
    async (request) => listIncidents({ ctx: deps.contextOf(request.actor), input: request.query }),
  );
  typed.get(
    '/v1/incidents/metrics',
    {
      schema: {
        summary:
          'Incidents opened in a range: counts, critical, missed updates, time to resolve per severity',
        tags,
        querystring: inputs.IncidentMetricsInput,
      },
    },
    async (request) => getIncidentMetrics({ ctx: deps.contextOf(request.actor), input: request.query }),
  );
  typed.get(
    '/v1/incidents/:id',
    { schema: { summary: 'One incident with its escalations and timeline', tags, params: Params } },
    async (request, reply) => {
      const incident = await getIncident({ ctx: deps.contextOf(request.actor), id: request.params.id });
      return reply.header('etag', `"${incident.version}"`).send(incident);
    },
  );
  typed.post(
    '/v1/incidents/:id/escalations',
    {
      schema: {
        summary: 'Link an escalation to the incident',
        tags,
        params: Params,
        body: inputs.LinkIncidentInput,
      },
    },
    async (request) =>
      linkIncidentEscalation({
        ctx: deps.contextOf(request.actor),
        id: request.params.id,
        input: request.body,
      }),
  );
  typed.delete(
    '/v1/incidents/:id/escalations/:escalation',
    { schema: { summary: 'Unlink an escalation from the incident', tags, params: LinkParams } },
    async (request) =>
      unlinkIncidentEscalation({
        ctx: deps.contextOf(request.actor),
        id: request.params.id,
        escalation: request.params.escalation,
      }),
  );
  typed.post(
    '/v1/incidents/:id/phase',
    {
      schema: {
        summary: "Move to another phase; the phase's message goes to the key contacts",
        tags,
        params: Params,
        body: inputs.ChangeIncidentPhaseInput,
      },
    },
    async (request) =>
      changeIncidentPhase({
        ctx: deps.contextOf(request.actor),
        id: request.params.id,
        input: request.body,
        ...versionOf(request),
      }),
  );
  typed.post(
    '/v1/incidents/:id/updates',
    {
      schema: {
        summary: 'Post a status update to the key contacts (restarts the update cadence)',
        tags,
        params: Params,
        body: inputs.PostIncidentUpdateInput,
      },
    },
    async (request) =>
      postIncidentUpdate({ ctx: deps.contextOf(request.actor), id: request.params.id, input: request.body }),
  );
  typed.post(
    '/v1/incidents/:id/handover',
    {
      schema: {
        summary: 'Write the hand-over note of the period that ended',
        tags,
        params: Params,
        body: inputs.HandOverIncidentInput,
      },
    },
    async (request) =>
      handOverIncident({ ctx: deps.contextOf(request.actor), id: request.params.id, input: request.body }),
  );
  typed.post(
    '/v1/incidents/:id/resolve',
    {
      schema: {
        summary: "Resolve the incident; the playbook's on_resolve rule applies to its escalations",
        tags,
        params: Params,
        body: inputs.ResolveIncidentInput.optional(),
      },
    },
    async (request) =>
      resolveIncident({
        ctx: deps.contextOf(request.actor),
        id: request.params.id,
        input: request.body ?? {},
        ...versionOf(request),
      }),
  );
};
