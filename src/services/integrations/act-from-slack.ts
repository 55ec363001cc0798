// A person acting from Slack: the escalation verbs run with that person's own rights (a human actor tied to them),
// and a refusal becomes the text of an ephemeral reply instead of an error, with nothing written.
import type { Actor, Context } from '../../context.js';
import { isHandoffError } from '../../errors.js';
import { claimEscalation } from '../escalations/claim-escalation.js';
import { resolveEscalation } from '../escalations/resolve-escalation.js';

/** What Slack shows only to the person who asked. */
export interface SlackEphemeral {
  response_type: 'ephemeral';
  text: string;
}

export const ephemeral = (text: string): SlackEphemeral => ({ response_type: 'ephemeral', text });

/** Refusals a person can act on; anything else (a database fault) is the server's and propagates. */
const refusals = new Set([
  'bad_request',
  'forbidden',
  'not_found',
  'conflict',
  'unprocessable',
  'invalid_transition',
]);

/** The actor a Slack request acts as once its signature and user are known: the person, as a human key would. */
export const slackActor = (personId: string): Actor => ({
  kind: 'human',
  keyId: null,
  name: `slack:${personId}`,
  personId,
});

export async function actFromSlack({
  ctx,
  personId,
  verb,
  escalationId,
}: {
  ctx: Context;
  personId: string;
  verb: 'claim' | 'resolve';
  escalationId: string;
}): Promise<SlackEphemeral> {
  const acting: Context = { ...ctx, actor: slackActor(personId) };
  try {
    if (verb === 'claim') {
      await claimEscalation({ ctx: acting, id: escalationId, input: {} });
      return ephemeral(`You claimed escalation ${escalationId}.`);
    }
    await resolveEscalation({ ctx: acting, id: escalationId, input: {} });
    return ephemeral(`You resolved escalation ${escalationId}.`);
  } catch (error) {
    if (isHandoffError(error) && refusals.has(error.code)) {
      return ephemeral(`You cannot ${verb} escalation ${escalationId}: ${error.message}`);
    }
    throw error;
  }
}
