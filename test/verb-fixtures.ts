// Verb suites' fixtures: one playbook with hand-assigned, picking and approving teams, people as actors, cases that escalate.
import { expect } from 'vitest';
import type { Actor, Context } from '../src/context.js';
import { isHandoffError } from '../src/errors.js';
import { makePlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import { getEscalation } from '../src/services/escalations/get-escalation.js';
import type { Store } from '../src/store/database.js';
import { admin, agent, openEscalation, serviceContext, type ServiceDeps } from './service-harness.js';

/** Wednesday 18 November 2026, 12:00 UTC. */
export const t0 = Date.UTC(2026, 10, 18, 12, 0, 0);
export const minute = 60_000;

/**
 * desk and billing assign by hand; pool picks the least loaded (capacity 1 each); finance approves what the AI
 * proposes for critical tasks (two of three for wire transfers within an hour, only Hakan for large refunds).
 * desk has a daily rotation, ana then ben, handing over at 09:00 UTC from Monday 16 November.
 */
export const verbYaml = `handoff: 1
name: verbs
teams:
  - { id: desk, name: Desk, assignment: manual }
  - { id: billing, name: Billing, assignment: manual }
  - { id: pool, name: Pool, assignment: least_loaded }
  - { id: finance, name: Finance, assignment: manual }
people:
  - { id: ana, name: Ana, teams: [desk] }
  - { id: ben, name: Ben, teams: [desk] }
  - { id: bora, name: Bora, teams: [billing] }
  - { id: pia, name: Pia, teams: [pool], capacity: 1 }
  - { id: poul, name: Poul, teams: [pool], capacity: 1 }
  - { id: fatma, name: Fatma, teams: [finance] }
  - { id: gul, name: Gül, teams: [finance] }
  - { id: hakan, name: Hakan, teams: [finance] }
tiers:
  - { id: L1, name: Frontline, next: L2, criteria: needs an account change }
  - { id: L2, name: Specialists, next: L3 }
  - { id: L3, name: Experts }
risk:
  default: low
  levels:
    low: { threshold: 0.5 }
    critical: { require_approval: true }
  tasks:
    wire_transfer: { risk: critical }
    refund_large: { risk: critical }
priorities:
  levels: [low, normal, high]
  default: normal
triggers:
  - id: human
    kind: human_request
    priority: high
  - id: invoice
    kind: keyword
    keywords: [invoice]
  - id: parcel
    kind: keyword
    keywords: [parcel]
routes:
  - when: { risk: [critical] }
    team: finance
    tier: L1
  - when: { trigger: [invoice] }
    team: billing
    tier: L1
  - when: { trigger: [parcel] }
    team: pool
    tier: L1
default_route:
  team: desk
  tier: L1
approvals:
  - when: { task: [wire_transfer] }
    required: 2
    approvers: [team:finance]
    deadline: 1h
  - when: { task: [refund_large] }
    required: 1
    approvers: [person:hakan]
oncall:
  rotations:
    - id: desk-primary
      team: desk
      people: [ana, ben]
      period: daily
      handover: "09:00"
      timezone: UTC
      start: 2026-11-16
      overrides:
        - { person: ben, from: 2026-11-20T12:00, to: 2026-11-20T18:00 }
`;

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
