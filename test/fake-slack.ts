// A small fake of Slack on a real local HTTP server: the Web API methods Handoff calls (chat.postMessage,
// chat.update, users.lookupByEmail, users.info, auth.test), with the bearer token checked, every call recorded,
// rate limits and errors on demand; and Slack's other half: signed interactions and slash commands sent to Handoff.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSlackUser {
  id: string;
  email?: string;
  name?: string;
}

export interface FakeSlackCall {
  method: string;
  /** The form fields as sent; `blocks` and other JSON fields parsed. */
  params: Record<string, unknown>;
  /** Whether the call carried the right bearer token. */
  authorized: boolean;
}

export interface FakeSlackMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown;
  threadTs: string | null;
  updates: number;
}

export interface SlackReply {
  status: number;
  // Read loosely: the assertions that read it check its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
}

export interface FakeSlack {
  /** The Web API base URL, ending in `/api/` as Slack's does. */
  apiUrl: string;
  /** Where response_url posts land: `${responseUrl}/<n>`. */
  responseUrl: string;
  token: string;
  calls: FakeSlackCall[];
  messages: FakeSlackMessage[];
  /** Bodies posted to response URLs. */
  responses: unknown[];
  users: FakeSlackUser[];
  /** The next `count` calls answer HTTP 429 with `Retry-After: seconds`. */
  rateLimitNext(count: number, seconds: number): void;
  /** The next call of `method` answers `{ ok: false, error }`. */
  failNext(method: string, error: string): void;
  /** Holds every chat.postMessage until `release()` is called (to make two deliveries race). */
  holdPosts(): { release(): void; waiting(): number };
  /** Posts a signed block_actions interaction to `url` (a button click by `user`). */
  click(
    url: string,
    options: {
      secret: string;
      user: string;
      actionId: string;
      value: string;
      timestamp?: number;
      signature?: string;
    },
  ): Promise<SlackReply>;
  /** Posts a signed slash command (`/handoff text`) to `url` as `user`. */
  command(
    url: string,
    options: { secret: string; user: string; text: string; timestamp?: number; signature?: string },
  ): Promise<SlackReply>;
  close(): Promise<void>;
}

/** Slack's v0 signature: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret. */
export const slackSignature = (secret: string, timestamp: number, body: string): string =>
  `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

function parseParams(body: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('json')) {
    return body === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
  }
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    params[key] =
      (key === 'blocks' || key === 'attachments') && value.startsWith('[') ? JSON.parse(value) : value;
  }
  return params;
}

export async function startFakeSlack(
  options: { token?: string; users?: FakeSlackUser[] } = {},
): Promise<FakeSlack> {
  const token = options.token ?? 'xoxb-fake-token';
  const calls: FakeSlackCall[] = [];
  const messages: FakeSlackMessage[] = [];
  const responses: unknown[] = [];
  const users = [...(options.users ?? [])];
  let rateLimited = { count: 0, seconds: 1 };
  const failures = new Map<string, string>();
  let held: Array<() => void> | null = null;
  let tsCounter = 0;

  const answer = (method: string, params: Record<string, unknown>): Record<string, unknown> => {
    const channel = typeof params['channel'] === 'string' ? params['channel'] : '';
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.com/',
          team: 'Fake',
          user: 'handoff',
          team_id: 'T0FAKE',
          user_id: 'U0BOT',
          bot_id: 'B0BOT',
        };
      case 'chat.postMessage': {
        if (channel === '') {
          return { ok: false, error: 'channel_not_found' };
        }
        tsCounter += 1;
        const ts = `1700000000.${String(tsCounter).padStart(6, '0')}`;
        // A user id as the channel opens the app's direct message with that user.
        const posted = /^[UW]/.test(channel) ? `D${channel}` : channel;
        const text = typeof params['text'] === 'string' ? params['text'] : '';
        const threadTs = typeof params['thread_ts'] === 'string' ? params['thread_ts'] : null;
        messages.push({ channel: posted, ts, text, blocks: params['blocks'] ?? null, threadTs, updates: 0 });
        return { ok: true, channel: posted, ts, message: { type: 'message', text, ts, bot_id: 'B0BOT' } };
      }
      case 'chat.update': {
        const message = messages.find((item) => item.channel === channel && item.ts === params['ts']);
        if (message === undefined) {
          return { ok: false, error: 'message_not_found' };
        }
        message.text = typeof params['text'] === 'string' ? params['text'] : message.text;
        message.blocks = params['blocks'] ?? message.blocks;
        message.updates += 1;
        return { ok: true, channel, ts: message.ts, text: message.text };
      }
      case 'users.lookupByEmail': {
        const email = String(params['email'] ?? '').toLowerCase();
        const user = users.find((item) => item.email?.toLowerCase() === email);
        return user === undefined
          ? { ok: false, error: 'users_not_found' }
          : { ok: true, user: { id: user.id, name: user.name ?? user.id, profile: { email: user.email } } };
      }
      case 'users.info': {
        const user = users.find((item) => item.id === params['user']);
        return user === undefined
          ? { ok: false, error: 'user_not_found' }
          : { ok: true, user: { id: user.id, name: user.name ?? user.id, profile: { email: user.email } } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const path = (request.url ?? '').split('?')[0] ?? '';
      const reply = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        response.end(JSON.stringify(value));
      };
      if (path.startsWith('/response/')) {
        responses.push(JSON.parse(body === '' ? 'null' : body));
        reply(200, { ok: true });
        return;
      }
      if (!path.startsWith('/api/')) {
        reply(404, { ok: false, error: 'unknown_method' });
        return;
      }
      const method = path.slice('/api/'.length);
      const params = parseParams(body, request.headers['content-type'] ?? '');
      const authorized = request.headers.authorization === `Bearer ${token}`;
      calls.push({ method, params, authorized });
      if (rateLimited.count > 0) {
        rateLimited.count -= 1;
        reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(rateLimited.seconds) });
        return;
      }
      if (!authorized) {
        reply(200, {
          ok: false,
          error: request.headers.authorization === undefined ? 'not_authed' : 'invalid_auth',
        });
        return;
      }
      const failure = failures.get(method);
      if (failure !== undefined) {
        failures.delete(method);
        reply(200, { ok: false, error: failure });
        return;
      }
      if (method === 'chat.postMessage' && held !== null) {
        const queue = held;
        await new Promise<void>((resolve) => queue.push(resolve));
      }
      reply(200, answer(method, params));
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let responseCount = 0;

  async function sendSigned(
    url: string,
    form: Record<string, string>,
    secret: string,
    timestamp: number | undefined,
    signature: string | undefined,
  ): Promise<SlackReply> {
    const body = new URLSearchParams(form).toString();
    const at = timestamp ?? Math.floor(Date.now() / 1000);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(at),
        'x-slack-signature': signature ?? slackSignature(secret, at, body),
        'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      },
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: kept as text.
    }
    return { status: response.status, body: parsed, text };
  }

  return {
    apiUrl: `${base}/api/`,
    responseUrl: `${base}/response`,
    token,
    calls,
    messages,
    responses,
    users,
    rateLimitNext(count, seconds) {
      rateLimited = { count, seconds };
    },
    failNext(method, error) {
      failures.set(method, error);
    },
    holdPosts() {
      const queue: Array<() => void> = [];
      held = queue;
      return {
        release() {
          held = null;
          queue.splice(0).forEach((resolve) => resolve());
        },
        waiting: () => queue.length,
      };
    },
    click(url, { secret, user, actionId, value, timestamp, signature }) {
      responseCount += 1;
      const payload = {
        type: 'block_actions',
        team: { id: 'T0FAKE', domain: 'fake' },
        user: { id: user, username: user.toLowerCase(), team_id: 'T0FAKE' },
        api_app_id: 'A0FAKE',
        token: 'verification-token-unused',
        container: {
          type: 'message',
          message_ts: '1700000000.000001',
          channel_id: 'C0DESK',
          is_ephemeral: false,
        },
        trigger_id: '1.2.3',
        channel: { id: 'C0DESK', name: 'desk' },
        response_url: `${base}/response/${responseCount}`,
        actions: [
          {
            type: 'button',
            action_id: actionId,
            block_id: 'handoff_actions',
            value,
            action_ts: '1700000001.000001',
          },
        ],
      };
      return sendSigned(url, { payload: JSON.stringify(payload) }, secret, timestamp, signature);
    },
    command(url, { secret, user, text, timestamp, signature }) {
      responseCount += 1;
      const form = {
        token: 'verification-token-unused',
        team_id: 'T0FAKE',
        team_domain: 'fake',
        channel_id: 'C0DESK',
        channel_name: 'desk',
        user_id: user,
        user_name: user.toLowerCase(),
        command: '/handoff',
        text,
        api_app_id: 'A0FAKE',
        response_url: `${base}/response/${responseCount}`,
        trigger_id: '1.2.3',
      };
      return sendSigned(url, form, secret, timestamp, signature);
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
