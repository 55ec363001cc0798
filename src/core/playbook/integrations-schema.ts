// The `integrations:` section: the endpoints and channels that carry notifications to people and systems
// (webhooks, Slack, e-mail), which events each gets, and the names of the environment variables holding
// their secrets. Secrets themselves never appear in a playbook.
import { z } from 'zod';
import { listNames, type PathSegment, type PlaybookProblem, quote } from './playbook-problem.js';
import { Id } from './schema-primitives.js';

/** The name of an environment variable: upper-case letters, digits and "_", not starting with a digit. */
export const EnvName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Z_][A-Z0-9_]*$/, 'the name of an environment variable, e.g. HANDOFF_WEBHOOK_SECRET');

/** One variable, or several (a webhook signs with each: rotation). */
const EnvNames = z.union([EnvName, z.array(EnvName).min(1).max(5)]);

/** Timeline event types an endpoint gets: `"*"` for all. */
const EventTypes = z
  .array(
    z
      .string()
      .min(1)
      .max(100)
      .regex(/^(\*|[a-z][a-z0-9_]*)$/, 'a timeline event type such as "created" or "resolved", or "*"'),
  )
  .min(1)
  .max(100);

/** An absolute http(s) URL, without credentials in it. */
export const EndpointUrl = z
  .string()
  .min(1)
  .max(2_000)
  .refine((text) => {
    if (!URL.canParse(text)) {
      return false;
    }
    const url = new URL(text);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === ''
    );
  }, 'an absolute http:// or https:// URL without a user name or password');

export const WebhookEndpoint = z.strictObject({
  id: Id,
  url: EndpointUrl,
  secret_env: EnvNames.describe(
    'the variable(s) holding the signing secret ("whsec_" + base64); several sign at once for rotation',
  ),
  events: EventTypes.describe('timeline event types sent to this endpoint; "*" for all'),
  allow_private: z
    .boolean()
    .optional()
    .describe('allow loopback and private addresses (refused by default: server-side request forgery)'),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const SlackWorkspace = z.strictObject({
  id: Id,
  token_env: EnvName.describe('the variable holding the bot token (xoxb-…)'),
  signing_secret_env: EnvName.describe(
    'the variable holding the signing secret, to verify clicks and commands',
  ),
  channels: z
    .record(Id, z.string().min(1).max(100))
    .optional()
    .describe(
      'team id → Slack channel id: each escalation of the team gets a message there, kept up to date',
    ),
  default_channel: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('the channel for teams not listed, and for notices with no team'),
  events: EventTypes.optional().describe(
    'timeline event types that update the escalation\'s message (default "*"); comments go to its thread',
  ),
});
export type SlackWorkspace = z.infer<typeof SlackWorkspace>;

export const EmailSender = z.strictObject({
  id: Id,
  from: z.string().min(3).max(320).describe('the From address, e.g. "Handoff <handoff@example.com>"'),
  smtp_url_env: EnvName.optional().describe('the variable holding the SMTP URL (default HANDOFF_SMTP_URL)'),
  reply_domain: z
    .string()
    .min(1)
    .max(253)
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i, 'a domain name')
    .optional()
    .describe('replies go to reply+<token>@this domain and come back as comments'),
  locale: z.enum(['en', 'tr']).optional().describe('the language of the messages (default en)'),
  customer_replies: z
    .boolean()
    .optional()
    .describe("send people's public replies to the customer's e-mail, and take the customer's answers back"),
});
export type EmailSender = z.infer<typeof EmailSender>;

/** Ids in the helpdesk's own numbering (teams, agents, groups, users). */
const ExternalId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const ChatwootAccount = z.strictObject({
  id: Id,
  url: EndpointUrl.describe("the Chatwoot installation's base URL, e.g. https://chat.example.com"),
  account_id: ExternalId.describe('the Chatwoot account the agent bot belongs to'),
  token_env: EnvName.describe("the variable holding the agent bot's api_access_token"),
  webhook_token_env: EnvName.describe(
    'the variable holding the secret Chatwoot puts in the webhook URL (?token=…): Chatwoot does not sign agent bot calls',
  ),
  teams: z
    .record(Id, ExternalId)
    .optional()
    .describe('team id → Chatwoot team id: an escalated conversation is assigned to that team'),
  people: z
    .record(Id, ExternalId)
    .optional()
    .describe(
      'person id → Chatwoot agent id: the assignee, and whose replies in Chatwoot are whose comments',
    ),
  allow_private: z
    .boolean()
    .optional()
    .describe('allow loopback and private addresses (refused by default: server-side request forgery)'),
});
export type ChatwootAccount = z.infer<typeof ChatwootAccount>;

/** Zendesk's ticket priorities. */
export const ZendeskPriority = z.enum(['low', 'normal', 'high', 'urgent']);

export const ZendeskInstance = z.strictObject({
  id: Id,
  url: EndpointUrl.describe('the Zendesk base URL, e.g. https://acme.zendesk.com'),
  email: z.string().min(3).max(320).describe('the agent whose API token is used ({email}/token)'),
  token_env: EnvName.describe('the variable holding the API token'),
  signing_secret_env: EnvName.describe(
    "the variable holding the webhook's signing secret, to verify its calls",
  ),
  groups: z.record(Id, ExternalId).optional().describe('team id → Zendesk group id: the group of the ticket'),
  people: z
    .record(Id, ExternalId)
    .optional()
    .describe("person id → Zendesk user id: the ticket's assignee, and whose comments in Zendesk are whose"),
  priorities: z
    .record(z.string().min(1).max(50), ZendeskPriority)
    .optional()
    .describe(
      'playbook priority → Zendesk priority (default: the same name when Zendesk has it, else normal)',
    ),
  allow_private: z
    .boolean()
    .optional()
    .describe('allow loopback and private addresses (refused by default: server-side request forgery)'),
});
export type ZendeskInstance = z.infer<typeof ZendeskInstance>;

export const Integrations = z.strictObject({
  webhooks: z.array(WebhookEndpoint).max(100).optional(),
  slack: z.array(SlackWorkspace).max(10).optional(),
  email: z.array(EmailSender).max(10).optional(),
  chatwoot: z
    .array(ChatwootAccount)
    .max(10)
    .optional()
    .describe(
      'Handoff as the agent bot of a Chatwoot inbox: its conversations evaluated, escalations synchronised',
    ),
  zendesk: z
    .array(ZendeskInstance)
    .max(10)
    .optional()
    .describe('each escalation as a Zendesk ticket, comments and resolution synchronised both ways'),
  disable_after: z
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .describe('consecutive failed deliveries after which an endpoint is disabled (default 20)'),
});
export type Integrations = z.infer<typeof Integrations>;

/** The kinds of channel, one file each under runtime/deliveries/channels. */
export type ChannelKind = 'webhook' | 'slack' | 'email' | 'chatwoot' | 'zendesk';

/** Every endpoint of the section by id, with its kind. */
export function integrationIds(integrations: Integrations | undefined): Map<string, ChannelKind> {
  const ids = new Map<string, ChannelKind>();
  for (const webhook of integrations?.webhooks ?? []) {
    ids.set(webhook.id, 'webhook');
  }
  for (const slack of integrations?.slack ?? []) {
    ids.set(slack.id, 'slack');
  }
  for (const email of integrations?.email ?? []) {
    ids.set(email.id, 'email');
  }
  for (const chatwoot of integrations?.chatwoot ?? []) {
    ids.set(chatwoot.id, 'chatwoot');
  }
  for (const zendesk of integrations?.zendesk ?? []) {
    ids.set(zendesk.id, 'zendesk');
  }
  return ids;
}

/** The variables a section names, each with where it is named: for `handoff validate` to check they are set. */
export function integrationEnvNames(
  integrations: Integrations | undefined,
): Array<{ name: string; path: PathSegment[] }> {
  const found: Array<{ name: string; path: PathSegment[] }> = [];
  const add = (value: string | string[] | undefined, path: PathSegment[]) => {
    if (typeof value === 'string') {
      found.push({ name: value, path });
    } else if (value !== undefined) {
      value.forEach((name, index) => found.push({ name, path: [...path, index] }));
    }
  };
  integrations?.webhooks?.forEach((webhook, index) =>
    add(webhook.secret_env, ['integrations', 'webhooks', index, 'secret_env']),
  );
  integrations?.slack?.forEach((slack, index) => {
    add(slack.token_env, ['integrations', 'slack', index, 'token_env']);
    add(slack.signing_secret_env, ['integrations', 'slack', index, 'signing_secret_env']);
  });
  integrations?.email?.forEach((email, index) =>
    add(email.smtp_url_env ?? 'HANDOFF_SMTP_URL', ['integrations', 'email', index, 'smtp_url_env']),
  );
  integrations?.chatwoot?.forEach((chatwoot, index) => {
    add(chatwoot.token_env, ['integrations', 'chatwoot', index, 'token_env']);
    add(chatwoot.webhook_token_env, ['integrations', 'chatwoot', index, 'webhook_token_env']);
  });
  integrations?.zendesk?.forEach((zendesk, index) => {
    add(zendesk.token_env, ['integrations', 'zendesk', index, 'token_env']);
    add(zendesk.signing_secret_env, ['integrations', 'zendesk', index, 'signing_secret_env']);
  });
  return found;
}

/** Unique ids across the section; Slack channels keyed by teams that exist; people's channels that exist. */
export function checkIntegrationReferences(
  integrations: Integrations | undefined,
  known: {
    teams: ReadonlySet<string>;
    people: ReadonlyArray<{
      id: string;
      notify?: readonly string[] | undefined;
      slack_user?: string | undefined;
    }>;
  },
): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const seen = new Map<string, string>();
  const sections = ['webhooks', 'slack', 'email', 'chatwoot', 'zendesk'] as const;
  for (const section of sections) {
    (integrations?.[section] ?? []).forEach((item, index) => {
      const earlier = seen.get(item.id);
      if (earlier === undefined) {
        seen.set(item.id, `integrations.${section}[${index}]`);
      } else {
        problems.push({
          path: ['integrations', section, index, 'id'],
          message: `duplicate integration id ${quote(item.id)} (also ${earlier})`,
        });
      }
    });
  }
  integrations?.slack?.forEach((slack, index) => {
    for (const team of Object.keys(slack.channels ?? {})) {
      if (!known.teams.has(team)) {
        problems.push({
          path: ['integrations', 'slack', index, 'channels', team],
          at: 'key',
          message: `${quote(team)} is not a team (${listNames([...known.teams]) || 'none defined'})`,
        });
      }
    }
  });
  const mappings = [
    ...(integrations?.chatwoot ?? []).map((item, index) => ({
      section: 'chatwoot',
      index,
      teams: item.teams,
      people: item.people,
    })),
    ...(integrations?.zendesk ?? []).map((item, index) => ({
      section: 'zendesk',
      index,
      teams: item.groups,
      people: item.people,
    })),
  ];
  const personIds = new Set(known.people.map((person) => person.id));
  for (const { section, index, teams, people } of mappings) {
    const teamKey = section === 'zendesk' ? 'groups' : 'teams';
    for (const team of Object.keys(teams ?? {})) {
      if (!known.teams.has(team)) {
        problems.push({
          path: ['integrations', section, index, teamKey, team],
          at: 'key',
          message: `${quote(team)} is not a team (${listNames([...known.teams]) || 'none defined'})`,
        });
      }
    }
    for (const person of Object.keys(people ?? {})) {
      if (!personIds.has(person)) {
        problems.push({
          path: ['integrations', section, index, 'people', person],
          at: 'key',
          message: `${quote(person)} is not a person (${listNames([...personIds]) || 'none defined'})`,
        });
      }
    }
  }
  const kinds = integrationIds(integrations);
  known.people.forEach((person, index) => {
    person.notify?.forEach((channel, at) => {
      if (!kinds.has(channel)) {
        problems.push({
          path: ['people', index, 'notify', at],
          message: `${quote(channel)} is not an integration (${listNames([...kinds.keys()]) || 'none defined'})`,
        });
      }
    });
  });
  return problems;
}
