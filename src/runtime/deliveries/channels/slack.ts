// The Slack channel: each escalation has one message in its team's channel, posted once and updated in place as
// the escalation changes, with comments in its thread; people get direct messages. One attempt per send: the
// deliveries worker retries (a 429's Retry-After comes back as retryAfterMs).
import type { WebClient } from '@slack/web-api';
import type { SlackWorkspace } from '../../../core/playbook/integrations-schema.js';
import { isHandoffError } from '../../../errors.js';
import {
  makeSlackClients,
  slackApiUrlFrom,
  type SlackFailure,
  slackFailureOf,
} from '../../../services/integrations/slack-client.js';
import {
  deleteSlackMessageReservation,
  insertSlackMessageIfAbsent,
  selectSlackMessage,
  takeOverStaleSlackMessage,
  updateSlackMessageTs,
} from '../../../store/queries/slack-messages.js';
import type { Channel, ChannelContext, OutboxMessage, SendResult } from '../channel.js';
import {
  channelNotice,
  directMessage,
  escalationBlocks,
  escalationText,
  type EscalationSummary,
  threadReply,
} from './slack-blocks.js';
import { summarizeEscalation } from './slack-summary.js';

/** A reservation older than this whose poster never recorded the message is taken over (the poster died). */
const staleReservationMs = 60_000;
/** How long a delivery waits when another node is posting the same escalation's first message. */
const pendingRetryMs = 5_000;
const lookupTtlMs = 60 * 60_000;

class SlackCallFailed extends Error {
  constructor(readonly failure: SlackFailure & { permanent?: boolean }) {
    super(failure.code);
  }
}

const fail = (error: string, extra: { permanent?: boolean; retryAfterMs?: number } = {}): SendResult => ({
  ok: false,
  error,
  ...extra,
});

export interface SlackChannelOptions {
  /** Slack's API base URL (default: env HANDOFF_SLACK_API_URL, else https://slack.com/api/). */
  apiUrl?: string;
}

export function makeSlackChannel(options: SlackChannelOptions = {}): Channel {
  let clientsOf: ReturnType<typeof makeSlackClients> | undefined;
  const userIds = new Map<string, { id: string | null; until: number }>();
  const queues = new Map<string, Promise<unknown>>();

  /** Runs sends for one escalation's message one after another on this node (the first post must be one post). */
  function serialize<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
    const tail = run.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) {
        queues.delete(key);
      }
    });
    return run;
  }

  async function call<T>(context: ChannelContext, request: () => Promise<T>): Promise<T> {
    if (context.signal.aborted) {
      throw new SlackCallFailed({ code: 'timed out before the call' });
    }
    try {
      return await request();
    } catch (error) {
      throw new SlackCallFailed(slackFailureOf(error));
    }
  }

  async function postEscalation(
    context: ChannelContext,
    client: WebClient,
    channel: string,
    summary: EscalationSummary,
  ): Promise<{ channel: string; ts: string }> {
    const posted = await call(context, () =>
      client.chat.postMessage({
        channel,
        text: escalationText(summary),
        blocks: escalationBlocks(summary) as never,
        unfurl_links: false,
      }),
    );
    if (typeof posted.ts !== 'string' || posted.ts === '') {
      throw new SlackCallFailed({ code: 'slack answered without a message ts' });
    }
    return { channel: typeof posted.channel === 'string' ? posted.channel : channel, ts: posted.ts };
  }

  /** The escalation's message, posted when it has none yet, else updated in place; null when another node posts it. */
  async function ensureMessage(
    context: ChannelContext,
    client: WebClient,
    workspace: string,
    channel: string,
    summary: EscalationSummary,
    update: boolean,
  ): Promise<{ channel: string; ts: string } | null> {
    const db = context.store.db;
    const key = { escalationId: summary.id, workspace };
    const post = async () => {
      try {
        const posted = await postEscalation(context, client, channel, summary);
        await updateSlackMessageTs(db, { ...key, ...posted });
        return posted;
      } catch (error) {
        await deleteSlackMessageReservation(db, summary.id, workspace);
        throw error;
      }
    };
    let existing = await selectSlackMessage(db, summary.id, workspace);
    if (existing === undefined) {
      if (await insertSlackMessageIfAbsent(db, { ...key, channel }, context.clock())) {
        return post();
      }
      existing = await selectSlackMessage(db, summary.id, workspace);
    }
    if (existing === undefined || existing.ts === '') {
      const now = context.clock();
      if (
        existing !== undefined &&
        (await takeOverStaleSlackMessage(db, summary.id, workspace, now - staleReservationMs, now))
      ) {
        return post();
      }
      return null;
    }
    const found = { channel: existing.channel, ts: existing.ts };
    if (!update) {
      return found;
    }
    try {
      await call(context, () =>
        client.chat.update({
          ...found,
          text: escalationText(summary),
          blocks: escalationBlocks(summary) as never,
        }),
      );
      return found;
    } catch (error) {
      // Someone deleted the message in Slack: post it again and keep the new one.
      const code = error instanceof SlackCallFailed ? error.failure.code : '';
      if (code !== 'message_not_found' && code !== 'cant_update_message') {
        throw error;
      }
      const posted = await postEscalation(context, client, channel, summary);
      await updateSlackMessageTs(db, { ...key, ...posted });
      return posted;
    }
  }

  async function sendToTeam(
    context: ChannelContext,
    client: WebClient,
    workspace: SlackWorkspace,
    team: string,
    message: OutboxMessage,
  ): Promise<SendResult> {
    const channel = workspace.channels?.[team] ?? workspace.default_channel;
    if (channel === undefined) {
      return fail(
        `Slack integration "${workspace.id}" names no channel for team ${team} and no default_channel`,
        {
          permanent: true,
        },
      );
    }
    const reply = threadReply(message.payload);
    if (message.escalationId === null) {
      await call(context, () => client.chat.postMessage({ channel, text: channelNotice(message.payload) }));
      return { ok: true, status: 200 };
    }
    const escalationId = message.escalationId;
    return serialize(`${workspace.id}\u0000${escalationId}`, async () => {
      const summary = await summarizeEscalation(
        context.store.db,
        context.runtime,
        escalationId,
        context.publicUrl,
      );
      const posted = await ensureMessage(context, client, workspace.id, channel, summary, reply === null);
      if (posted === null) {
        return fail("slack_message_pending: another delivery is posting this escalation's message", {
          retryAfterMs: pendingRetryMs,
        });
      }
      if (reply !== null) {
        await call(context, () =>
          client.chat.postMessage({
            channel: posted.channel,
            thread_ts: posted.ts,
            text: reply,
            unfurl_links: false,
          }),
        );
      }
      return { ok: true, status: 200 };
    });
  }

  /** The person's Slack user id: their `slack_user`, else found by e-mail (cached); null when Slack has no such user. */
  async function slackUserOf(
    context: ChannelContext,
    client: WebClient,
    workspace: SlackWorkspace,
    person: { slack_user?: string | undefined; email?: string | undefined },
  ): Promise<string | null> {
    if (person.slack_user !== undefined) {
      return person.slack_user;
    }
    if (person.email === undefined) {
      return null;
    }
    const key = `${workspace.id}\u0000${person.email.toLowerCase()}`;
    const now = context.clock();
    const cached = userIds.get(key);
    if (cached !== undefined && cached.until > now) {
      return cached.id;
    }
    let id: string | null;
    try {
      const found = await call(context, () => client.users.lookupByEmail({ email: person.email ?? '' }));
      id = found.user?.id ?? null;
    } catch (error) {
      if (!(error instanceof SlackCallFailed) || error.failure.code !== 'users_not_found') {
        throw error;
      }
      id = null;
    }
    if (userIds.size >= 10_000) {
      userIds.clear();
    }
    userIds.set(key, { id, until: now + lookupTtlMs });
    return id;
  }

  async function sendToPerson(
    context: ChannelContext,
    client: WebClient,
    workspace: SlackWorkspace,
    personId: string,
    message: OutboxMessage,
  ): Promise<SendResult> {
    const person = context.runtime.people.get(personId);
    if (person === undefined) {
      return fail(`no person ${personId} in the playbook`, { permanent: true });
    }
    const user = await slackUserOf(context, client, workspace, person);
    if (user === null) {
      return fail(
        person.email === undefined
          ? `Slack cannot address ${personId}: no slack_user and no email in the playbook`
          : `Slack cannot address ${personId}: no Slack user has their e-mail`,
        { permanent: true },
      );
    }
    const summary =
      message.escalationId === null
        ? null
        : await summarizeEscalation(
            context.store.db,
            context.runtime,
            message.escalationId,
            context.publicUrl,
          );
    await call(context, () =>
      client.chat.postMessage({
        channel: user,
        text: directMessage(message.payload, summary),
        unfurl_links: false,
      }),
    );
    return { ok: true, status: 200 };
  }

  return {
    kind: 'slack',
    async send(message, context) {
      const workspace = context.runtime.playbook.integrations?.slack?.find(
        (slack) => slack.id === message.endpoint,
      );
      if (workspace === undefined) {
        return fail(`no Slack integration "${message.endpoint}" in the active playbook`, { permanent: true });
      }
      const token = context.env[workspace.token_env];
      if (token === undefined || token === '') {
        return fail(
          `the variable ${workspace.token_env} (token_env of Slack integration "${workspace.id}") is not set`,
        );
      }
      clientsOf ??= makeSlackClients(context.logger);
      const client = clientsOf(token, options.apiUrl ?? slackApiUrlFrom(context.env));
      const recipient = message.recipient;
      try {
        if (recipient?.startsWith('team:') === true) {
          return await sendToTeam(context, client, workspace, recipient.slice('team:'.length), message);
        }
        if (recipient === null || recipient === 'customer') {
          return fail(`Slack does not reach ${recipient ?? 'an endpoint without a recipient'}`, {
            permanent: true,
          });
        }
        return await sendToPerson(context, client, workspace, recipient, message);
      } catch (error) {
        if (error instanceof SlackCallFailed) {
          const { code, status, retryAfterMs } = error.failure;
          return { ok: false, error: code, status, retryAfterMs };
        }
        if (isHandoffError(error) && error.code === 'not_found') {
          return fail(error.message, { permanent: true });
        }
        // A database fault or the like: reported, and retried on the worker's schedule.
        return fail(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
