// The `enrich:` section: a CRM lookup by customer id before evaluate decides, what it may add to `customer.*`, and
// the outcome the decision reports. Pure: the lookup itself is done by the node (runtime/enrichment).
import { z } from 'zod';
import { durationText } from './schema-primitives.js';
import { EndpointUrl, EnvName } from './integrations-schema.js';

/** The placeholder the URL must hold; the customer id is put there percent-encoded. */
export const CUSTOMER_ID_PLACEHOLDER = '{customer.id}';

export const Enrich = z.strictObject({
  url: EndpointUrl.refine(
    (url) => url.includes(CUSTOMER_ID_PLACEHOLDER),
    `a URL holding ${CUSTOMER_ID_PLACEHOLDER}, e.g. https://crm.example.com/customers/${CUSTOMER_ID_PLACEHOLDER}`,
  ).describe(`GET per customer; ${CUSTOMER_ID_PLACEHOLDER} is replaced by the case's customer.id`),
  header: z
    .strictObject({
      name: z
        .string()
        .min(1)
        .max(100)
        .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'an HTTP header name, e.g. Authorization'),
      value_env: EnvName.describe(
        'the variable holding the header value (e.g. "Bearer …"); never in the playbook',
      ),
    })
    .optional()
    .describe('one header sent with each lookup, its value read from the environment'),
  timeout_ms: z
    .number()
    .int()
    .min(10)
    .max(10_000)
    .optional()
    .describe('how long a lookup may take before evaluate decides without it (default 500)'),
  cache_ttl: durationText()
    .optional()
    .describe('how long an answer is reused for the same customer on this node (default "5m"; "0s" never)'),
  cache_size: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .describe('customers kept in the cache per node; the oldest goes first (default 1000)'),
  fields: z
    .array(z.string().min(1).max(100))
    .min(1)
    .max(100)
    .optional()
    .describe('the top-level fields of the answer taken into customer.* (default all but "id")'),
  allow_private: z
    .boolean()
    .optional()
    .describe('allow loopback and private addresses (refused by default: server-side request forgery)'),
});
export type Enrich = z.infer<typeof Enrich>;

/** How the lookup went, as the decision reports it. */
export type EnrichmentStatus = 'ok' | 'cached' | 'timeout' | 'error' | 'skipped';

export interface EnrichmentOutcome {
  status: EnrichmentStatus;
  /** The fields added to customer.* (ok, cached). */
  fields?: string[] | undefined;
  /** Why it failed or was skipped, in a few words. */
  detail?: string | undefined;
}

/** What a lookup answers: the CRM's fields, or how it failed. */
export type CustomerLookupResult =
  | { status: 'ok' | 'cached'; fields: Record<string, unknown> }
  | { status: 'timeout' | 'error'; detail: string };

/** Looks a customer up as an `enrich:` section says (implemented by the node: HTTP, address guard, cache). */
export type CustomerLookup = (
  enrich: Enrich,
  customerId: string,
  now: number,
) => Promise<CustomerLookupResult>;

/** The lookup URL for a customer: the placeholder replaced by the id, percent-encoded. */
export function enrichmentUrl(enrich: Enrich, customerId: string): string {
  return enrich.url.replaceAll(CUSTOMER_ID_PLACEHOLDER, encodeURIComponent(customerId));
}

/** The customer id of a case, when it has one to look up. */
export function customerIdOf(caseValue: Record<string, unknown>): string | null {
  const customer = caseValue['customer'];
  if (customer === null || typeof customer !== 'object') {
    return null;
  }
  const id = (customer as Record<string, unknown>)['id'];
  return typeof id === 'string' && id !== '' ? id : null;
}

const FORBIDDEN_KEYS = new Set(['id', '__proto__', 'constructor', 'prototype']);
/** Fields the Case contract types as text: a CRM answering them otherwise is not taken for them. */
const TEXT_FIELDS = new Set(['tier', 'email', 'name']);

/** The fields of a CRM answer the section takes: those listed, else all; never `id` (the case's own). */
export function pickEnrichedFields(enrich: Enrich, answer: Record<string, unknown>): Record<string, unknown> {
  const wanted = enrich.fields ?? Object.keys(answer);
  const picked: Record<string, unknown> = {};
  for (const key of wanted) {
    const value = answer[key];
    const fits = TEXT_FIELDS.has(key) ? typeof value === 'string' : value !== undefined;
    if (!FORBIDDEN_KEYS.has(key) && Object.hasOwn(answer, key) && fits) {
      picked[key] = value;
    }
  }
  return picked;
}

/** The case with the CRM's fields in `customer` (the CRM is the record: its values win over the case's). */
export function mergeEnrichment(
  caseValue: Record<string, unknown>,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const customer = (caseValue['customer'] ?? {}) as Record<string, unknown>;
  return { ...caseValue, customer: { ...customer, ...fields, id: customer['id'] } };
}
