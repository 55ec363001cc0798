// For the templates' end-to-end suites: a built-in template on a test store with a clock the test moves, its
// sample cases by id, and short verbs for what people do to an escalation.
import { readFileSync } from 'node:fs';
import type { Actor, Context } from '../src/context.js';
import { makePlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { claimEscalation } from '../src/services/escalations/claim-escalation.js';
import { decideApproval } from '../src/services/escalations/decide-approval.js';
import { evaluateCase } from '../src/services/escalations/evaluate-case.js';
import { getEscalation } from '../src/services/escalations/get-escalation.js';
import { transitionEscalation } from '../src/services/escalations/transition-escalation.js';
import { loadTemplate } from '../src/services/playbooks/templates.js';
import type { DialectName } from '../src/store/database.js';
import { makeTestStore, type TestStore } from './databases.js';
import { admin, agent, serviceContext, type ServiceDeps, serviceWorker } from './service-harness.js';

export const minute = 60_000;

/** A person's key: what a human actor of the playbook's people looks like to the services. */
export const person = (id: string): Actor => ({ kind: 'human', keyId: `k-${id}`, name: id, personId: id });

/** The sample case of a template with this id, without its `expect`, as the AI system would send it. */
export function sampleCase(template: string, id: string): Record<string, unknown> {
  const text = readFileSync(
    new URL(`../src/services/playbooks/templates/${template}.cases.jsonl`, import.meta.url),
    'utf8',
  );
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      const { expect: _expected, ...sample } = JSON.parse(line) as Record<string, unknown>;
      if (sample.id === id) {
        return sample;
      }
    }
  }
  throw new Error(`${template} has no sample case ${id}`);
}

export interface TemplateJourney {
  store: () => TestStore;
  /** The clock: set it with `at(ms)`. */
  now: () => number;
  at: (ms: number) => void;
  ctx: (actor: Actor) => Context;
  /** Runs every due timer (SLA, ladders, reminders, approvals) as the worker would. */
  drain: () => Promise<unknown>;
  /** Evaluates a case as the AI system; returns the escalation it opened (or joined). */
  evaluate: (caseValue: unknown) => Promise<{
    id: string;
    status: string;
    team: string;
    tier: string | null;
    priority: string;
    tags: string[];
  }>;
  read: (id: string) => ReturnType<typeof getEscalation>;
  claim: (id: string, by: string) => ReturnType<typeof claimEscalation>;
  move: (id: string, status: string) => ReturnType<typeof transitionEscalation>;
  vote: (id: string, by: string, verdict: 'approved' | 'rejected') => ReturnType<typeof decideApproval>;
  /** The types (and data) of an escalation's timeline events of the given types, in order. */
  events: (
    id: string,
    ...types: string[]
  ) => Promise<Array<{ type: string; minute: number; data: Record<string, unknown> }>>;
  open: () => Promise<void>;
  close: () => Promise<void>;
}

/** A journey through one template on one database, its clock starting at `t0`. */
export function templateJourney(template: string, dialect: DialectName, t0: number): TemplateJourney {
  const runtime = makePlaybookRuntime(1, loadTemplate(template));
  let store: TestStore | undefined;
  let now = t0;
  const deps: ServiceDeps = {
    store: () => {
      if (store === undefined) {
        throw new Error('the journey is not open');
      }
      return store;
    },
    clock: () => now,
    playbook: async () => runtime,
  };
  const ctx = (actor: Actor) => serviceContext(deps, actor);
  return {
    store: () => deps.store() as TestStore,
    now: () => now,
    at: (ms) => {
      now = ms;
    },
    ctx,
    drain: () => serviceWorker(deps).drain(),
    async evaluate(caseValue) {
      const { escalation } = await evaluateCase({ ctx: ctx(agent), input: { case: caseValue } });
      if (escalation === null) {
        throw new Error('expected an escalation');
      }
      return escalation;
    },
    read: (id) => getEscalation({ ctx: ctx(admin), id }),
    claim: (id, by) => claimEscalation({ ctx: ctx(person(by)), id, input: {} }),
    move: (id, status) => transitionEscalation({ ctx: ctx(admin), id, input: { status } }),
    vote: (id, by, verdict) => decideApproval({ ctx: ctx(person(by)), id, input: { verdict } }),
    async events(id, ...types) {
      const rows = await deps
        .store()
        .db.selectFrom('events')
        .select(['type', 'data', 'at'])
        .where('escalation_id', '=', id)
        .where('type', 'in', types)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        type: row.type,
        minute: (Number(row.at) - t0) / minute,
        data: JSON.parse(row.data) as Record<string, unknown>,
      }));
    },
    async open() {
      store = await makeTestStore(dialect);
    },
    close: async () => {
      await store?.close();
    },
  };
}
