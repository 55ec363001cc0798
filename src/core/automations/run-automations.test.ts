import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automations, type EscalationEventType } from '../playbook/automation-schema.js';
import {
  type ActionToApply,
  type AutomationLoop,
  type CascadeLink,
  compileAutomations,
  type EscalationFacts,
} from './run-automations.js';

const escalation = (extra: Partial<EscalationFacts> = {}): EscalationFacts => ({
  id: 'E-1',
  status: 'open',
  priority: 'high',
  team: 'billing',
  tier: 'L1',
  customerTier: 'gold',
  channel: 'chat',
  task: 'refund',
  tags: [],
  ...extra,
});

const compile = (automations: unknown, options?: { maxDepth?: number }) =>
  compileAutomations(Automations.parse(automations), options);

const firedIds = (run: { fired: Array<{ automation: string }> }) =>
  run.fired.map((fired) => fired.automation);

describe('compileAutomations: matching', () => {
  it("returns the matching automations' actions in playbook order, only for the events they listen to", () => {
    const automations = compile([
      { id: 'tag', on: ['created', 'reopened'], actions: [{ add_tag: 'seen' }] },
      { id: 'breach', on: ['sla_breached'], actions: [{ set_tier: 'L2' }] },
      {
        id: 'page',
        on: ['created'],
        actions: [{ notify: { channel: 'slack' } }, { assign: 'auto' }, { assign: 'ayse' }],
      },
    ]);
    const run = automations.run({ event: { type: 'created', data: {} }, escalation: escalation() });
    expect(run).toEqual({
      fired: [
        { automation: 'tag', actions: [{ kind: 'add_tag', tag: 'seen' }] },
        {
          automation: 'page',
          actions: [
            { kind: 'notify', channel: 'slack', template: null, message: null },
            { kind: 'assign', strategy: 'auto' },
            { kind: 'assign', strategy: 'person', person: 'ayse' },
          ],
        },
      ],
      loops: [],
      chain: [
        { automation: 'tag', escalationId: 'E-1' },
        { automation: 'page', escalationId: 'E-1' },
      ],
    });
  });

  it('every listed condition must hold, and each list matches any of its values', () => {
    const automations = compile([
      {
        id: 'gold-chat',
        on: ['created'],
        when: {
          priority: ['high', 'urgent'],
          customer_tier: ['gold'],
          channel: ['chat', 'email'],
          tags: ['vip', 'legal'],
        },
        actions: [{ add_tag: 'x' }],
      },
    ]);
    const run = (facts: Partial<EscalationFacts>) =>
      firedIds(automations.run({ event: { type: 'created', data: {} }, escalation: escalation(facts) }));
    expect(run({ tags: ['legal'] })).toEqual(['gold-chat']);
    expect(run({ tags: ['legal'], priority: 'low' })).toEqual([]);
    expect(run({ tags: [] })).toEqual([]);
    expect(run({ tags: ['vip'], channel: null })).toEqual([]);
  });

  it('conditions on the event read its data by dot path, comparing values exactly', () => {
    const automations = compile([
      {
        id: 'late',
        on: ['sla_warning'],
        when: { event: { clock: ['first_response'], 'at.percent': [75, 90] } },
        actions: [{ add_tag: 'late' }],
      },
    ]);
    const run = (data: Record<string, unknown>) =>
      firedIds(automations.run({ event: { type: 'sla_warning', data }, escalation: escalation() }));
    expect(run({ clock: 'first_response', at: { percent: 90 } })).toEqual(['late']);
    expect(run({ clock: 'first_response', at: { percent: 50 } })).toEqual([]);
    expect(run({ clock: 'first_response', at: { percent: '90' } })).toEqual([]);
    expect(run({ clock: 'resolution', at: { percent: 90 } })).toEqual([]);
    expect(run({})).toEqual([]);
  });

  it('an event value that is a list matches when any item is listed', () => {
    const automations = compile([
      {
        id: 'legal',
        on: ['commented'],
        when: { event: { mentions: ['legal'] } },
        actions: [{ set_team: 'legal' }],
      },
    ]);
    const run = automations.run({
      event: { type: 'commented', data: { mentions: ['ops', 'legal'] } },
      escalation: escalation(),
    });
    expect(firedIds(run)).toEqual(['legal']);
  });

  it('leaves disabled automations out', () => {
    const automations = compile([
      { id: 'off', on: ['created'], enabled: false, actions: [{ add_tag: 'x' }] },
    ]);
    expect(automations.run({ event: { type: 'created', data: {} }, escalation: escalation() })).toEqual({
      fired: [],
      loops: [],
      chain: [],
    });
  });

  it('turns every kind of action into its explicit form', () => {
    const automations = compile([
      {
        id: 'all',
        on: ['created'],
        actions: [
          { set_status: 'in_progress' },
          { set_priority: 'urgent' },
          { set_tier: 'L2' },
          { set_team: 'legal' },
          { set_field: { name: 'escalated_by', value: 'automation' } },
          { notify: { channel: 'email', message: 'hello' } },
          { start_update_reminders: { every: '1h' } },
        ],
      },
    ]);
    const [fired] = automations.run({ event: { type: 'created', data: {} }, escalation: escalation() }).fired;
    expect(fired?.actions).toEqual([
      { kind: 'set_status', status: 'in_progress' },
      { kind: 'set_priority', priority: 'urgent' },
      { kind: 'set_tier', tier: 'L2' },
      { kind: 'set_team', team: 'legal' },
      { kind: 'set_field', name: 'escalated_by', value: 'automation' },
      { kind: 'notify', channel: 'email', template: null, message: 'hello' },
      { kind: 'start_update_reminders', every: '1h', everyMs: 3_600_000 },
    ]);
  });
});

/**
 * A stand-in for the escalation service: applies actions to facts, queues the events they cause, and threads the
 * cascade's chain from run to run until nothing more fires.
 */
function cascade(
  automations: ReturnType<typeof compileAutomations>,
  start: { type: EscalationEventType; facts: EscalationFacts },
  maxEvents = 10_000,
) {
  const queue: Array<{ type: EscalationEventType; data: Record<string, unknown> }> = [
    { type: start.type, data: {} },
  ];
  let facts = start.facts;
  let chain: readonly CascadeLink[] = [];
  const applied: string[] = [];
  const loops: AutomationLoop[] = [];
  let events = 0;
  while (queue.length > 0 && events < maxEvents) {
    const event = queue.shift();
    if (event === undefined) {
      break;
    }
    events += 1;
    const run = automations.run({ event, escalation: facts, chain });
    chain = run.chain;
    loops.push(...run.loops);
    for (const fired of run.fired) {
      applied.push(fired.automation);
      for (const action of fired.actions) {
        const caused = apply(facts, action);
        facts = caused.facts;
        if (caused.event !== null) {
          queue.push(caused.event);
        }
      }
    }
  }
  return { applied, chain, loops, events, facts };
}

function apply(
  facts: EscalationFacts,
  action: ActionToApply,
): { facts: EscalationFacts; event: { type: EscalationEventType; data: Record<string, unknown> } | null } {
  switch (action.kind) {
    case 'set_status':
      return {
        facts: { ...facts, status: action.status },
        event: { type: 'status_changed', data: { from: facts.status, to: action.status } },
      };
    case 'set_tier':
      return {
        facts: { ...facts, tier: action.tier },
        event: { type: 'tier_changed', data: { from: facts.tier, to: action.tier } },
      };
    case 'set_team':
      return {
        facts: { ...facts, team: action.team },
        event: { type: 'rerouted', data: { to: action.team } },
      };
    case 'assign':
      return { facts, event: { type: 'assigned', data: {} } };
    case 'add_tag':
      return { facts: { ...facts, tags: [...facts.tags, action.tag] }, event: null };
    default:
      return { facts, event: null };
  }
}

describe('compileAutomations: loop guard', () => {
  it('an automation that triggers itself (status_changed → set_status) runs once, then is stopped and named', () => {
    const automations = compile([
      { id: 'bounce', on: ['status_changed'], actions: [{ set_status: 'open' }] },
    ]);
    const result = cascade(automations, { type: 'status_changed', facts: escalation() });
    expect(result.applied).toEqual(['bounce']);
    expect(result.loops).toEqual([
      {
        reason: 'repeated',
        automation: 'bounce',
        escalationId: 'E-1',
        chain: [
          { automation: 'bounce', escalationId: 'E-1' },
          { automation: 'bounce', escalationId: 'E-1' },
        ],
        message:
          'automation "bounce" stopped on escalation E-1 (status_changed): it already ran on this escalation in this cascade: bounce@E-1 → bounce@E-1',
      },
    ]);
  });

  it('two automations that undo each other are stopped when the first would run again', () => {
    const automations = compile([
      {
        id: 'to-pending',
        on: ['status_changed'],
        when: { status: ['open'] },
        actions: [{ set_status: 'pending' }],
      },
      {
        id: 'to-open',
        on: ['status_changed'],
        when: { status: ['pending'] },
        actions: [{ set_status: 'open' }],
      },
    ]);
    const result = cascade(automations, { type: 'status_changed', facts: escalation({ status: 'open' }) });
    expect(result.applied).toEqual(['to-pending', 'to-open']);
    expect(result.loops.map((loop) => loop.message)).toEqual([
      'automation "to-pending" stopped on escalation E-1 (status_changed): it already ran on this escalation in this cascade: to-pending@E-1 → to-open@E-1 → to-pending@E-1',
    ]);
  });

  it('an automation reached twice in one cascade by different paths runs once', () => {
    const automations = compile([
      { id: 'park', on: ['created'], actions: [{ set_status: 'pending' }] },
      { id: 'lift', on: ['created'], actions: [{ set_tier: 'L2' }] },
      { id: 'tell', on: ['status_changed', 'tier_changed'], actions: [{ notify: { channel: 'slack' } }] },
    ]);
    const result = cascade(automations, { type: 'created', facts: escalation() });
    expect(result.applied).toEqual(['park', 'lift', 'tell']);
    expect(result.loops.map((loop) => [loop.reason, loop.automation])).toEqual([['repeated', 'tell']]);
  });

  it('a new cascade (an event a person caused) may run the same automation again', () => {
    const automations = compile([
      { id: 'bounce', on: ['status_changed'], actions: [{ set_status: 'open' }] },
    ]);
    const run = () =>
      automations.run({ event: { type: 'status_changed', data: {} }, escalation: escalation() });
    expect(firedIds(run())).toEqual(['bounce']);
    expect(firedIds(run())).toEqual(['bounce']);
  });

  it('the same automation on another escalation in the chain is not a loop', () => {
    const automations = compile([{ id: 'sync', on: ['tier_changed'], actions: [{ set_tier: 'L2' }] }]);
    const run = automations.run({
      event: { type: 'tier_changed', data: {} },
      escalation: escalation({ id: 'E-2' }),
      chain: [{ automation: 'sync', escalationId: 'E-1' }],
    });
    expect(firedIds(run)).toEqual(['sync']);
  });

  it('stops everything once the cascade has run the maximum (ten by default) automations', () => {
    const automations = compile([{ id: 'next', on: ['assigned'], actions: [{ add_tag: 'x' }] }]);
    const chainOf = (length: number) =>
      Array.from({ length }, (_, i) => ({ automation: `a${i}`, escalationId: 'E-1' }));
    const run = (length: number, maxDepth?: number) =>
      (maxDepth === undefined
        ? automations
        : compile([{ id: 'next', on: ['assigned'], actions: [{ add_tag: 'x' }] }], { maxDepth })
      ).run({
        event: { type: 'assigned', data: {} },
        escalation: escalation(),
        chain: chainOf(length),
      });
    expect(firedIds(run(9))).toEqual(['next']);
    const stopped = run(10);
    expect(stopped.fired).toEqual([]);
    expect(stopped.loops[0]?.reason).toBe('too_deep');
    expect(stopped.loops[0]?.chain).toHaveLength(11);
    expect(stopped.loops[0]?.message).toMatch(
      /the cascade already ran 10 automations: a0@E-1 → .* → a9@E-1 → next@E-1$/,
    );
    expect(run(3, 3).loops[0]?.reason).toBe('too_deep');
  });

  it('stopping a looping automation does not stop the others woken by the same event', () => {
    const automations = compile([
      { id: 'bounce', on: ['status_changed'], actions: [{ set_status: 'open' }] },
      {
        id: 'tell',
        on: ['status_changed'],
        when: { event: { to: ['open'] } },
        actions: [{ notify: { channel: 'slack' } }],
      },
    ]);
    const result = cascade(automations, { type: 'status_changed', facts: escalation() });
    expect(result.applied).toEqual(['bounce', 'tell']);
    expect(result.loops.map((loop) => loop.automation)).toEqual(['bounce']);
  });

  it('any set of automations settles: each runs at most once per cascade, ten at most in all', () => {
    const events = ['created', 'status_changed', 'tier_changed', 'rerouted', 'assigned'] as const;
    const actionOf = fc.constantFrom(
      { set_status: 'open' },
      { set_status: 'pending' },
      { set_tier: 'L1' },
      { set_tier: 'L2' },
      { set_team: 'billing' },
      { assign: 'auto' },
      { add_tag: 't' },
    );
    const automationsOf = fc.array(
      fc.record({
        on: fc.uniqueArray(fc.constantFrom(...events), { minLength: 1, maxLength: 3 }),
        when: fc.option(fc.record({ status: fc.constant(['open']) }), { nil: undefined }),
        actions: fc.array(actionOf, { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(automationsOf, (list) => {
        const automations = compile(list.map((a, i) => ({ id: `a${i}`, ...a })));
        const result = cascade(automations, { type: 'created', facts: escalation() });
        expect(result.events).toBeLessThan(10_000);
        expect(result.chain.map((link) => link.automation)).toEqual(result.applied);
        expect(result.applied.length).toBeLessThanOrEqual(Math.min(10, list.length));
        expect(new Set(result.applied).size).toBe(result.applied.length);
      }),
    );
  });
});
