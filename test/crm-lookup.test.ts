// The node's CRM lookup against a real local CRM: the SSRF guard unless allowed, a missing header variable, the cache's
// bound (the oldest customer goes first).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Enrich } from '../src/core/playbook/enrich-schema.js';
import { makeCrmLookup } from '../src/runtime/enrichment/crm-lookup.js';
import { type FakeCrm, startFakeCrm } from './fake-crm.js';

describe('CRM lookup', () => {
  let crm: FakeCrm;
  beforeAll(async () => {
    crm = await startFakeCrm({
      A: { record: { tier: 'gold', tags: ['x'] } },
      B: { record: { tier: 5 } },
      C: { record: { tier: 'silver' } },
    });
  });
  afterAll(() => crm.close());

  const section = (extra: Partial<Enrich> = {}): Enrich => ({
    url: `${crm.url}/customers/{customer.id}`,
    allow_private: true,
    ...extra,
  });

  test('a loopback CRM is refused unless the section allows private addresses', async () => {
    const lookup = makeCrmLookup({ env: {} });
    const refused = await lookup(section({ allow_private: false }), 'A', 0);
    expect(refused).toMatchObject({ status: 'error', detail: expect.stringContaining('refused loopback') });
    expect(crm.count('A')).toBe(0);
    expect(await lookup(section(), 'A', 0)).toEqual({ status: 'ok', fields: { tier: 'gold', tags: ['x'] } });
  });

  test('a header whose variable is not set fails the lookup without calling the CRM', async () => {
    const lookup = makeCrmLookup({ env: {} });
    const before = crm.count('C');
    const result = await lookup(section({ header: { name: 'X-Key', value_env: 'NOT_SET_HERE' } }), 'C', 0);
    expect(result).toEqual({
      status: 'error',
      detail: 'the variable NOT_SET_HERE (enrich.header.value_env) is not set',
    });
    expect(crm.count('C')).toBe(before);
  });

  test('a tier that is not text is not taken (the Case contract types it as text)', async () => {
    const lookup = makeCrmLookup({ env: {} });
    expect(await lookup(section(), 'B', 0)).toEqual({ status: 'ok', fields: {} });
  });

  test('the cache holds cache_size customers: the oldest is looked up again', async () => {
    const lookup = makeCrmLookup({ env: {} });
    const bounded = section({ cache_size: 1 });
    const before = crm.count('A');
    await lookup(bounded, 'A', 0);
    await lookup(bounded, 'C', 0);
    expect((await lookup(bounded, 'C', 1)).status).toBe('cached');
    expect((await lookup(bounded, 'A', 1)).status).toBe('ok');
    expect(crm.count('A')).toBe(before + 2);
  });
});
