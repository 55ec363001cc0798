// A button clicked on an escalation's Slack message (Claim, Resolve), verified by its signature and acted on as
// the person behind the Slack user; answered at once (one short transaction), and the answer also sent to the
// click's response_url, which is where Slack shows a reply to a block action.
import type { Context } from '../../context.js';
import { actFromSlack, ephemeral, type SlackEphemeral } from './act-from-slack.js';
import { readForm, readInteraction } from './slack-form.js';
import type { SlackIdentity } from './slack-identity.js';
import type { SignedSlackRequest } from './slack-signature.js';

/** The action ids of the message's buttons (see runtime/deliveries/channels/slack-blocks.ts). */
const verbs: Record<string, 'claim' | 'resolve'> = { handoff_claim: 'claim', handoff_resolve: 'resolve' };

export const unknownSlackUser = (slackUser: string): SlackEphemeral =>
  ephemeral(
    `Handoff does not know your Slack user (${slackUser}): ask for your slack_user or e-mail to be added to the playbook.`,
  );

/**
 * Verifies and answers one interaction. Null when there is nothing to say (the Open button, which is a link, or
 * an interaction Handoff did not ask for): Slack only needs its 200.
 * @throws HandoffError `unauthorized` (forged or stale) or `bad_request` (malformed), before anything is read.
 */
export async function answerSlackAction({
  ctx,
  identity,
  request,
}: {
  ctx: Context;
  identity: SlackIdentity;
  request: SignedSlackRequest;
}): Promise<SlackEphemeral | null> {
  const runtime = await ctx.playbook();
  const now = ctx.clock();
  const workspace = identity.workspaceOf(runtime, request, now);
  const interaction = readInteraction(readForm(request.rawBody));
  const action = interaction.actions?.[0];
  const verb = action === undefined ? undefined : verbs[action.action_id];
  if (interaction.type !== 'block_actions' || verb === undefined || action?.value === undefined) {
    return null;
  }
  const personId = await identity.personOf(runtime, workspace, interaction.user.id, now);
  const reply =
    personId === null
      ? unknownSlackUser(interaction.user.id)
      : await actFromSlack({ ctx, personId, verb, escalationId: action.value.slice(0, 100) });
  if (interaction.response_url !== undefined) {
    void identity.respond(interaction.response_url, { ...reply, replace_original: false });
  }
  return reply;
}
