// Who sent a request from Slack: the workspace whose signing secret signed it, and the person of the playbook
// behind the Slack user (their `slack_user`, else the e-mail Slack gives for them, looked up once and cached).
import type { Logger } from 'pino';
import type { SlackWorkspace } from '../../core/playbook/integrations-schema.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { HandoffError } from '../../errors.js';
import { makeSlackClients, slackApiUrlFrom, slackFailureOf } from './slack-client.js';
import { checkSlackSignature, type SignedSlackRequest } from './slack-signature.js';

const lookupTtlMs = 10 * 60_000;

export interface SlackIdentity {
  /**
   * The workspace whose signing secret signed the request.
   * @throws HandoffError `unauthorized` when none did, or the timestamp is not within five minutes.
   */
  workspaceOf(runtime: PlaybookRuntime, request: SignedSlackRequest, now: number): SlackWorkspace;
  /** The person id behind a Slack user of the workspace, or null when the playbook has nobody for them. */
  personOf(
    runtime: PlaybookRuntime,
    workspace: SlackWorkspace,
    slackUser: string,
    now: number,
  ): Promise<string | null>;
  /** Posts a follow-up to a request's response_url (Slack's own hooks, or the configured API's host). */
  respond(responseUrl: string, body: unknown): Promise<void>;
}

export function makeSlackIdentity(
  env: Readonly<Record<string, string | undefined>>,
  logger: Logger,
): SlackIdentity {
  const clientsOf = makeSlackClients(logger, 2_000);
  const emails = new Map<string, { email: string | null; until: number }>();
  const apiUrl = slackApiUrlFrom(env);
  const allowedResponseOrigins = new Set(['https://hooks.slack.com', new URL(apiUrl).origin]);

  async function emailOf(workspace: SlackWorkspace, slackUser: string, now: number): Promise<string | null> {
    const key = `${workspace.id}\u0000${slackUser}`;
    const cached = emails.get(key);
    if (cached !== undefined && cached.until > now) {
      return cached.email;
    }
    const token = env[workspace.token_env];
    if (token === undefined || token === '') {
      return null;
    }
    let email: string | null = null;
    try {
      const found = await clientsOf(token, apiUrl).users.info({ user: slackUser });
      email = found.user?.profile?.email?.toLowerCase() ?? null;
    } catch (error) {
      const failure = slackFailureOf(error);
      if (failure.code !== 'user_not_found') {
        // Not cached: Slack may answer next time.
        logger.warn({ code: failure.code, workspace: workspace.id }, 'Slack users.info failed');
        return null;
      }
    }
    if (emails.size >= 10_000) {
      emails.clear();
    }
    emails.set(key, { email, until: now + lookupTtlMs });
    return email;
  }

  return {
    workspaceOf(runtime, request, now) {
      const workspaces = runtime.playbook.integrations?.slack ?? [];
      let stale = false;
      for (const workspace of workspaces) {
        const secret = env[workspace.signing_secret_env];
        if (secret === undefined || secret === '') {
          continue;
        }
        const check = checkSlackSignature(request, secret, now);
        if (check === 'valid') {
          return workspace;
        }
        stale ||= check === 'stale';
      }
      if (stale) {
        throw new HandoffError(
          'unauthorized',
          'X-Slack-Request-Timestamp is missing or not within 5 minutes of now',
          {
            path: 'x-slack-request-timestamp',
          },
        );
      }
      throw new HandoffError('unauthorized', 'X-Slack-Signature does not match any Slack signing secret', {
        path: 'x-slack-signature',
      });
    },
    async personOf(runtime, workspace, slackUser, now) {
      for (const person of runtime.people.values()) {
        if (person.slack_user === slackUser) {
          return person.id;
        }
      }
      const email = await emailOf(workspace, slackUser, now);
      if (email === null) {
        return null;
      }
      for (const person of runtime.people.values()) {
        // Someone with a slack_user of their own is that Slack user, not whoever shares their e-mail.
        if (person.slack_user === undefined && person.email?.toLowerCase() === email) {
          return person.id;
        }
      }
      return null;
    },
    async respond(responseUrl, body) {
      if (!URL.canParse(responseUrl) || !allowedResponseOrigins.has(new URL(responseUrl).origin)) {
        logger.warn({ responseUrl }, 'a Slack response_url outside Slack: not followed');
        return;
      }
      try {
        await fetch(responseUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(5_000),
        });
      } catch (error) {
        logger.warn({ err: error }, 'a Slack response_url post failed');
      }
    },
  };
}
