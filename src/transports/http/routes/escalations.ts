// /v1/escalations: open, list, read, and every move a person makes on an escalation.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assignEscalation } from '../../../services/escalations/assign-escalation.js';
import { changeEscalationOutcome } from '../../../services/escalations/change-escalation-outcome.js';
import { claimEscalation } from '../../../services/escalations/claim-escalation.js';
import { commentOnEscalation } from '../../../services/escalations/comment-on-escalation.js';
import { createEscalation } from '../../../services/escalations/create-escalation.js';
import { decideApproval } from '../../../services/escalations/decide-approval.js';
import { getEscalation } from '../../../services/escalations/get-escalation.js';
import { handBackEscalation } from '../../../services/escalations/hand-back-escalation.js';
import * as inputs from '../../../services/escalations/inputs.js';
import { listEscalations, ListEscalationsInput } from '../../../services/escalations/list-escalations.js';
import { reopenEscalation } from '../../../services/escalations/reopen-escalation.js';
import { rerouteEscalation } from '../../../services/escalations/reroute-escalation.js';
import { resolveEscalation } from '../../../services/escalations/resolve-escalation.js';
import { tierUpEscalation } from '../../../services/escalations/tier-up-escalation.js';
import { transitionEscalation } from '../../../services/escalations/transition-escalation.js';
import type { Context } from '../../../context.js';
import type { RouteDeps } from '../make-app.js';
import { expectedVersionOf, idempotencyKeyOf } from './headers.js';

const Params = z.strictObject({ id: z.string().min(1).max(100) });

type Verb = (args: {
  ctx: Context;
  id: string;
  input: unknown;
  expectedVersion?: number;
}) => Promise<unknown>;

/** Each action: its path, its body schema, its verb; all answer with the escalation as it is now. */
const actions: Array<[string, z.ZodType, Verb, string]> = [
  [
    'claim',
    inputs.ClaimEscalationInput,
    claimEscalation,
    'Take it (acknowledge); two at once: one wins, the other gets 409',
  ],
  [
    'assign',
    inputs.AssignEscalationInput,
    assignEscalation,
    'Give it to a person of its team, or by the team strategy',
  ],
  [
    'reroute',
    inputs.RerouteEscalationInput,
    rerouteEscalation,
    'Send it to another team or tier, with a reason',
  ],
  ['tier-up', inputs.TierUpEscalationInput, tierUpEscalation, 'Move it one tier up'],
  [
    'comments',
    inputs.CommentOnEscalationInput,
    commentOnEscalation,
    'A public reply or internal note (or a relayed customer message)',
  ],
  [
    'transitions',
    inputs.TransitionEscalationInput,
    transitionEscalation,
    'Move it to another status the workflow allows',
  ],
  ['resolve', inputs.ResolveEscalationInput, resolveEscalation, 'End it with an outcome'],
  ['outcome', inputs.ChangeOutcomeInput, changeEscalationOutcome, 'Change how a finished escalation ended'],
  ['handback', inputs.HandBackEscalationInput, handBackEscalation, 'Give the conversation back to the AI'],
  ['reopen', inputs.ReopenEscalationInput, reopenEscalation, 'Reopen a finished escalation'],
  ['approval', inputs.DecideApprovalInput, decideApproval, 'Approve or reject what the AI proposed'],
];

export const escalationRoutes = (deps: RouteDeps) => async (app: FastifyInstance) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/v1/escalations',
    {
      schema: {
        summary: 'Open an escalation explicitly (handoff from the AI or an integrator)',
        tags: ['escalations'],
        body: inputs.CreateEscalationInput,
      },
    },
    async (request, reply) => {
      const escalation = await createEscalation({
        ctx: deps.contextOf(request.actor),
        input: request.body,
        idempotencyKey: idempotencyKeyOf(request),
      });
      return reply.status(201).send(escalation);
    },
  );
  typed.get(
    '/v1/escalations',
    {
      schema: {
        summary: 'List escalations (filters; comma-separated values match any; cursor pagination)',
        tags: ['escalations'],
        querystring: ListEscalationsInput,
      },
    },
    async (request) => listEscalations({ ctx: deps.contextOf(request.actor), input: request.query }),
  );
  typed.get(
    '/v1/escalations/:id',
    {
      schema: {
        summary: 'One escalation with context, brief, approvals and timeline',
        tags: ['escalations'],
        params: Params,
      },
    },
    async (request, reply) => {
      const escalation = await getEscalation({ ctx: deps.contextOf(request.actor), id: request.params.id });
      return reply.header('etag', `"${escalation.version}"`).send(escalation);
    },
  );
  for (const [path, body, verb, summary] of actions) {
    typed.post(
      `/v1/escalations/:id/${path}`,
      // Fastify validates a missing body as null: an action sent without one uses its defaults.
      { schema: { summary, tags: ['escalations'], params: Params, body: body.nullish() } },
      async (request, reply) => {
        const escalation = (await verb({
          ctx: deps.contextOf(request.actor),
          id: request.params.id,
          input: request.body ?? {},
          ...(expectedVersionOf(request) === undefined
            ? {}
            : { expectedVersion: expectedVersionOf(request) }),
        })) as { version: number };
        return reply.header('etag', `"${escalation.version}"`).send(escalation);
      },
    );
  }
};
