// The OpenAPI 3.1 `webhooks` section: what Handoff POSTs to a playbook's webhook endpoints, and its headers.
// The shape is built in runtime/deliveries/channels/webhook-payload.ts; a test holds the two together.
import type { OpenAPIV3_1 } from 'openapi-types';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it); openapi-types' own schema types disagree between versions. */
type Schema = Record<string, unknown>;

const text: Schema = { type: 'string' };
const textOrNull: Schema = { type: ['string', 'null'] };
const timeOrNull: Schema = { type: ['string', 'null'], format: 'date-time' };

export const webhookEventSchema: Schema = {
  type: 'object',
  description: 'The timeline event, as GET /v1/escalations/{id} lists it.',
  required: ['id', 'type', 'actor', 'at', 'data'],
  properties: {
    id: { type: 'integer' },
    type: { ...text, examples: ['created', 'assigned', 'claimed', 'sla_warning', 'resolved'] },
    actor: {
      ...textOrNull,
      description: 'Who did it (a person, an API key name), or null for Handoff itself.',
    },
    at: { type: 'string', format: 'date-time' },
    data: { type: 'object', description: "The event's own fields (they depend on its type)." },
  },
};

export const webhookEscalationSchema: Schema = {
  type: ['object', 'null'],
  description: 'The escalation as it is when the message is sent; null for a notice about no escalation.',
  required: [
    'id',
    'status',
    'priority',
    'team',
    'tier',
    'assignee',
    'reason',
    'customerId',
    'slaDueAt',
    'openedAt',
    'updatedAt',
  ],
  properties: {
    id: text,
    status: text,
    priority: text,
    team: text,
    tier: textOrNull,
    assignee: { ...textOrNull, description: 'The person who owns it, null while only the team does.' },
    reason: {
      type: 'object',
      required: ['category', 'triggers', 'detail'],
      properties: {
        category: { ...textOrNull, description: 'The reason category an explicit handoff gave.' },
        triggers: { type: 'array', items: text, description: 'The playbook triggers that fired.' },
        detail: textOrNull,
      },
    },
    customerId: textOrNull,
    slaDueAt: { ...timeOrNull, description: 'The earliest due time of its SLA clocks not yet met.' },
    openedAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
};

export const webhookPayloadSchema: Schema = {
  type: 'object',
  required: ['type', 'timestamp', 'data'],
  properties: {
    type: { type: 'string', pattern: '^escalation\\.[a-z][a-z0-9_]*$', examples: ['escalation.created'] },
    timestamp: { type: 'string', format: 'date-time', description: 'When the event happened.' },
    data: {
      type: 'object',
      required: ['event', 'escalation', 'link'],
      properties: {
        event: webhookEventSchema,
        escalation: webhookEscalationSchema,
        link: { ...textOrNull, format: 'uri', description: "The escalation's page (HANDOFF_PUBLIC_URL)." },
      },
    },
  },
};

const header = (description: string, schema: Schema = text) => ({
  name: '',
  in: 'header',
  required: true,
  description,
  schema,
});

export const openApiWebhooks = {
  'escalation-event': {
    post: {
      summary: 'An escalation event, sent to each webhook endpoint whose `events` include its type',
      description:
        'Signed per Standard Webhooks v1: verify with `verifyWebhook(headers, rawBody, secrets)` from the ' +
        '`handoff` package, or any Standard Webhooks library. Delivered at least once: a retried message keeps its ' +
        '`webhook-id`, so drop ids already seen. Answer 2xx within 15 s; 410 disables the endpoint; 429 or 503 ' +
        'with Retry-After delays the next attempt; redirects are not followed.',
      parameters: [
        { ...header('The message id: the same on every retry.'), name: 'webhook-id' },
        {
          ...header('When this attempt was signed, in seconds since the epoch.', {
            type: 'string',
            pattern: '^[0-9]+$',
          }),
          name: 'webhook-timestamp',
        },
        {
          ...header(
            'Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per active secret (rotation).',
          ),
          name: 'webhook-signature',
        },
        { ...header('Handoff-Webhooks/1'), name: 'user-agent' },
      ],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: webhookPayloadSchema } },
      },
      responses: {
        '200': { description: 'Received (any 2xx).' },
        '410': { description: 'Gone: Handoff disables the endpoint.' },
        '429': { description: 'Too many requests: Retry-After (seconds or an HTTP date) is honoured.' },
      },
    },
  },
} as unknown as Record<string, OpenAPIV3_1.PathItemObject>;
