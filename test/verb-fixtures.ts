// Verb suites' fixtures: one playbook with hand-assigned, picking and approving teams, people as actors, cases that escalate.
import { expect } from 'vitest';
import type { Actor, Context } from '../src/context.js';
import { isHandoffError } from '../src/errors.js';
import { makePlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import { getEscalation } from '../src/services/escalations/get-escalation.js';
import type { Store } from '../src/store/database.js';
import {
  askForHuman,
  criticalToFinance,
  dailyRotation,
  financeApprovals,
  financePeople,
  manualPeople,
  manualTeams,
  playbookYaml,
  threeTiers,
} from './playbook-fixtures.js';
import {
  admin,
  agent,
  openEscalation,
  serviceContext,
  type ServiceDeps,
  serviceWorker,
} from './service-harness.js';

/** Wednesday 18 November 2026, 12:00 UTC. */
export const t0 = Date.UTC(2026, 10, 18, 12, 0, 0);
export const minute = 60_000;

/**
 * desk and billing assign by hand; pool picks the least loaded (capacity 1 each); finance approves what the AI
 * proposes for critical tasks (two of three for wire transfers within an hour, only Hakan for large refunds).
 * desk has a daily rotation, ana then ben, handing over at 09:00 UTC from Monday 16 November.
 */
export const verbYaml = playbookYaml({
  name: 'verbs',
  teams: `${manualTeams}  - { id: pool, name: Pool, assignment: least_loaded }
  - { id: finance, name: Finance, assignment: manual }
`,
  people: `${manualPeople}  - { id: pia, name: Pia, teams: [pool], capacity: 1 }
  - { id: poul, name: Poul, teams: [pool], capacity: 1 }
${financePeople}`,
  tiers: threeTiers('needs an account change'),
  criticalTasks: ['wire_transfer', 'refund_large'],
  triggers: `${askForHuman('high')}  - id: invoice
    kind: keyword
    keywords: [invoice]
  - id: parcel
    kind: keyword
    keywords: [parcel]
`,
  routes: `${criticalToFinance}  - when: { trigger: [invoice] }
    team: billing
    tier: L1
  - when: { trigger: [parcel] }
    team: pool
    tier: L1
`,
  rest: `${financeApprovals}oncall:
  rotations:
${dailyRotation('desk-primary', 'desk', 'ana, ben', {
  extra: '      overrides:\n        - { person: ben, from: 2026-11-20T12:00, to: 2026-11-20T18:00 }\n',
})}`,
});

/** A human key of a person of the playbook. */
export const human = (personId: string): Actor => ({
  kind: 'human',
  keyId: `k-${personId}`,
  name: personId,
  personId,
});

/** An agent key other than the harness's `agent`: it opened nothing the tests did not open with it. */
export const otherAgent: Actor = { kind: 'agent', keyId: 'k-agent-2', name: 'other bot', personId: null };

let caseNumber = 0;
/** A new conversation whose customer writes `text`: asking for a person opens at desk, an invoice at billing, a parcel at pool. */
export function customerCase(text = 'I want to talk to a human'): Record<string, unknown> {
  caseNumber += 1;
  return { id: `case-${caseNumber}`, turn: 1, conversation: [{ role: 'customer', text }] };
}

/** A critical task the AI proposes to do: it opens at finance, pending approval. */
export function criticalCase(type: 'wire_transfer' | 'refund_large'): Record<string, unknown> {
  caseNumber += 1;
  return {
    id: `critical-${caseNumber}`,
    turn: 1,
    task: { type },
    ai: { confidence: 0.99 },
    proposed_action: { type, amount: 25_000, currency: 'EUR' },
    conversation: [{ role: 'customer', text: 'Please send the money today.' }],
  };
}

export interface VerbBench {
  deps: ServiceDeps;
  /** The fake clock every context reads; tests move it. */
  clock: { now: number; advance(ms: number): void };
  /** A context acting as `actor`. */
  as(actor: Actor): Context;
  /** Opens an escalation for a new conversation (see customerCase), as the agent unless another key is given. */
  open(text?: string, by?: Actor): Promise<string>;
  /** Runs every due timer as the worker would, on the bench's clock. */
  drain(): Promise<unknown>;
  /** The escalation as the admin reads it, timeline included. */
  read(id: string): Promise<Awaited<ReturnType<typeof getEscalation>>>;
  /** The types of the escalation's timeline, in order. */
  eventTypes(id: string): Promise<string[]>;
}

/** Services on `store` with the verbs playbook (or `yaml`) and a clock starting at t0. */
export function makeVerbBench(store: () => Store, yaml = verbYaml): VerbBench {
  const runtime = makePlaybookRuntime(1, parsePlaybook(yaml));
  const clock = {
    now: t0,
    advance(ms: number) {
      clock.now += ms;
    },
  };
  const deps: ServiceDeps = { store, clock: () => clock.now, playbook: async () => runtime };
  const as = (actor: Actor) => serviceContext(deps, actor);
  const read = (id: string) => getEscalation({ ctx: as(admin), id });
  return {
    deps,
    clock,
    as,
    open: (text, by = agent) => openEscalation(deps, customerCase(text), by),
    drain: () => serviceWorker(deps).drain(),
    read,
    eventTypes: async (id) => (await read(id)).timeline.map((event) => event.type),
  };
}

/**
 * A person asks about another team's escalation. Whether that is `forbidden` or `not_found` is being settled
 * (existence leaks), so either passes; what matters is that it is refused.
 */
export async function expectRefusedToOutsider(attempt: Promise<unknown>): Promise<void> {
  await expect(attempt).rejects.toSatisfy(
    (error) => isHandoffError(error) && (error.code === 'forbidden' || error.code === 'not_found'),
  );
}
