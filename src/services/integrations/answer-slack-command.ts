// The /handoff slash command: `mine` (your open escalations), `claim ID`, `oncall` (who is on call now), `help`;
// verified by its signature, run as the person behind the Slack user, answered ephemerally within Slack's 3 s.
import type { Context } from '../../context.js';
import { listEscalations } from '../escalations/list-escalations.js';
import { listOnCall } from '../people/list-on-call.js';
import { actFromSlack, ephemeral, type SlackEphemeral, slackActor } from './act-from-slack.js';
import { unknownSlackUser } from './answer-slack-action.js';
import { readCommand, readForm } from './slack-form.js';
import type { SlackIdentity } from './slack-identity.js';
import type { SignedSlackRequest } from './slack-signature.js';

export const slackCommandUsage = [
  'Usage: /handoff <command>',
  '• `mine`: your open escalations',
  '• `claim ID`: take escalation ID',
  '• `oncall`: who is on call now',
  '• `help`: this list',
].join('\n');

const time = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

async function mine(ctx: Context, personId: string): Promise<SlackEphemeral> {
  const runtime = await ctx.playbook();
  const open = runtime.workflow.statuses.filter((status) => runtime.workflow.categoryOf(status) !== 'done');
  const { items } = await listEscalations({
    ctx,
    input: { assignee: personId, status: open.join(',').slice(0, 200), limit: 20 },
  });
  if (items.length === 0) {
    return ephemeral('You hold no open escalations.');
  }
  const lines = items.map((item) => `• ${item.id}: ${item.priority}, ${item.status} (team ${item.team})`);
  return ephemeral(`Your open escalations:\n${lines.join('\n')}`);
}

async function onCall(ctx: Context): Promise<SlackEphemeral> {
  const { items } = await listOnCall({ ctx, input: {} });
  if (items.length === 0) {
    return ephemeral('The playbook has no on-call rotations.');
  }
  const lines = items.map(
    (item) => `• ${item.rotation} (team ${item.team}): ${item.person} until ${time(item.shift.to)}`,
  );
  return ephemeral(`On call now:\n${lines.join('\n')}`);
}

/**
 * Verifies and answers one `/handoff` command.
 * @throws HandoffError `unauthorized` (forged or stale) or `bad_request` (malformed), before anything is read.
 */
export async function answerSlackCommand({
  ctx,
  identity,
  request,
}: {
  ctx: Context;
  identity: SlackIdentity;
  request: SignedSlackRequest;
}): Promise<SlackEphemeral> {
  const runtime = await ctx.playbook();
  const now = ctx.clock();
  const workspace = identity.workspaceOf(runtime, request, now);
  const command = readCommand(readForm(request.rawBody));
  const [subcommand = 'help', ...args] = command.text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (subcommand === 'help') {
    return ephemeral(slackCommandUsage);
  }
  if (!['mine', 'claim', 'oncall'].includes(subcommand)) {
    return ephemeral(`Unknown command "${subcommand.slice(0, 50)}".\n${slackCommandUsage}`);
  }
  const personId = await identity.personOf(runtime, workspace, command.user_id, now);
  if (personId === null) {
    return unknownSlackUser(command.user_id);
  }
  const acting: Context = { ...ctx, actor: slackActor(personId) };
  switch (subcommand) {
    case 'mine':
      return mine(acting, personId);
    case 'oncall':
      return onCall(acting);
    default: {
      const [id] = args;
      if (id === undefined || args.length > 1 || id.length > 100) {
        return ephemeral(`Name one escalation: /handoff claim ID\n${slackCommandUsage}`);
      }
      return actFromSlack({ ctx, personId, verb: 'claim', escalationId: id });
    }
  }
}
