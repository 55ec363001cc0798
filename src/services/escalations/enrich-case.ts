// Before evaluate decides: the playbook's CRM lookup (`enrich:`) adds the customer's record to `customer.*`. A slow or
// failing CRM never blocks nor breaks the evaluation: the case is decided without it, and the outcome says why.
import type { Context } from '../../context.js';
import { customerIdOf, type EnrichmentOutcome, mergeEnrichment } from '../../core/playbook/enrich-schema.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';

export interface EnrichedCase {
  caseValue: Record<string, unknown>;
  /** Null when the playbook has no `enrich:` section. */
  outcome: EnrichmentOutcome | null;
}

export async function enrichCase(
  ctx: Context,
  runtime: PlaybookRuntime,
  caseValue: Record<string, unknown>,
  now: number,
): Promise<EnrichedCase> {
  const enrich = runtime.playbook.enrich;
  if (enrich === undefined) {
    return { caseValue, outcome: null };
  }
  const customerId = customerIdOf(caseValue);
  if (customerId === null) {
    return { caseValue, outcome: { status: 'skipped', detail: 'the case has no customer.id' } };
  }
  if (ctx.lookupCustomer === undefined) {
    return { caseValue, outcome: { status: 'skipped', detail: 'no CRM lookup on this node' } };
  }
  const found = await ctx.lookupCustomer(enrich, customerId, now);
  if (!('fields' in found)) {
    ctx.logger.warn(
      { status: found.status, detail: found.detail },
      'the CRM lookup failed: deciding without it',
    );
    return { caseValue, outcome: { status: found.status, detail: found.detail } };
  }
  return {
    caseValue: mergeEnrichment(caseValue, found.fields),
    outcome: { status: found.status, fields: Object.keys(found.fields) },
  };
}
