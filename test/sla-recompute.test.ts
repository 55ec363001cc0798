// A new playbook version re-plans the SLA clocks of open escalations, on every real database.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor, Context } from '../src/context.js';
import { evaluateCase } from '../src/services/escalations/evaluate-case.js';
import { validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import { makeActivePlaybook } from '../src/services/playbooks/active-playbook.js';
import { putPlaybook, seedPlaybook } from '../src/services/playbooks/playbook-versions.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { admin, agent, serviceContext, type ServiceDeps, serviceWorker } from './service-harness.js';

const t0 = Date.UTC(2026, 10, 18, 12, 0, 0);
const minute = 60_000;
const withTarget = (target: string) => `${validYaml}sla:
  policies:
    - id: all
      first_response: ${target}
      warnings: [50]
`;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let now = t0;
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('activating a version with a shorter target moves the due times of open escalations, in pages, once each', async () => {
      await seedPlaybook(store, withTarget('1h'), 'test', t0);
      const active = makeActivePlaybook(store.db, () => now, 0);
      const deps: ServiceDeps = { store: () => store, clock: () => now, playbook: () => active.get() };
      const ctx = (actor: Actor): Context => serviceContext(deps, actor);
      const worker = serviceWorker(deps, { nodeId: 'n', batch: 3 });
      await worker.drain();
      const ids: string[] = [];
      for (let i = 0; i < 230; i += 1) {
        const { escalation } = await evaluateCase({
          ctx: ctx(agent),
          input: {
            case: {
              id: `r-${i}`,
              turn: 1,
              conversation: [{ role: 'customer', text: 'I want to talk to a real person' }],
            },
          },
        });
        ids.push(escalation?.id ?? '');
      }
      now = t0 + minute;
      await putPlaybook({ ctx: ctx(admin), yaml: withTarget('10m') });
      await worker.drain();
      const rows = await store.db
        .selectFrom('escalations')
        .select(['id', 'sla'])
        .where('id', 'in', ids)
        .execute();
      const due = new Set(
        rows.map(
          (row) => (JSON.parse(String(row.sla)) as { clocks: Array<{ dueAt: number }> }).clocks[0]?.dueAt,
        ),
      );
      expect([...due]).toEqual([t0 + 10 * minute]);
      now = t0 + 6 * minute;
      await worker.drain();
      const warnings = await store.db
        .selectFrom('events')
        .select('escalation_id')
        .where('type', '=', 'sla_warning')
        .execute();
      expect(warnings).toHaveLength(230);
      expect(new Set(warnings.map((row) => row.escalation_id)).size).toBe(230);
    });
  });
}
