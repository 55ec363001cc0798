// Slack's Web API client as Handoff uses it: one attempt per call (the deliveries worker retries, on its own
// schedule), rate limits reported rather than waited out, and Slack's errors turned into short codes.
import { type Logger as SlackLogger, LogLevel, WebClient } from '@slack/web-api';
import type { Logger } from 'pino';

/** Slack's own API; `HANDOFF_SLACK_API_URL` points elsewhere (a test's fake, a proxy). */
export const defaultSlackApiUrl = 'https://slack.com/api/';

export const slackApiUrlFrom = (env: Readonly<Record<string, string | undefined>>): string =>
  env['HANDOFF_SLACK_API_URL'] ?? defaultSlackApiUrl;

/** What a failed call comes to: Slack's error code (`invalid_auth`, `ratelimited` …), an HTTP status, a wait. */
export interface SlackFailure {
  code: string;
  status?: number | undefined;
  retryAfterMs?: number | undefined;
}

/** The client's own chatter goes to the debug level of our log: a failure is reported once, by the caller. */
function quietLogger(logger: Logger): SlackLogger {
  const log = (...messages: unknown[]) =>
    logger.debug({ slack: messages.map(String).join(' ') }, 'slack client');
  return {
    debug: log,
    info: log,
    warn: log,
    error: log,
    setLevel: () => undefined,
    getLevel: () => LogLevel.DEBUG,
    setName: () => undefined,
  };
}

/** Keeps one client per token and base URL (each holds a connection pool). */
export function makeSlackClients(logger: Logger, timeoutMs = 10_000) {
  const clients = new Map<string, WebClient>();
  return (token: string, apiUrl: string): WebClient => {
    const key = `${apiUrl}\u0000${token}`;
    let client = clients.get(key);
    if (client === undefined) {
      if (clients.size >= 100) {
        clients.clear();
      }
      client = new WebClient(token, {
        slackApiUrl: apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: timeoutMs,
        logger: quietLogger(logger),
        // A method name is never a URL here; a base URL is the only place requests go.
        allowAbsoluteUrls: false,
      });
      clients.set(key, client);
    }
    return client;
  };
}

/** Reads a thrown client error: Slack's platform error code, a rate limit with its wait, an HTTP or network fault. */
export function slackFailureOf(error: unknown): SlackFailure {
  const coded = error as {
    code?: string;
    data?: { error?: string };
    retryAfter?: number;
    statusCode?: number;
  };
  switch (coded.code) {
    case 'slack_webapi_platform_error':
      return { code: coded.data?.error ?? 'unknown_error', status: 200 };
    case 'slack_webapi_rate_limited_error':
      return { code: 'ratelimited', status: 429, retryAfterMs: Math.max(0, coded.retryAfter ?? 1) * 1000 };
    case 'slack_webapi_http_error':
      return { code: `http_${coded.statusCode ?? 'error'}`, status: coded.statusCode };
    case 'slack_webapi_request_error':
      return { code: `request_failed: ${(error as Error).message}` };
    default:
      return { code: `failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
