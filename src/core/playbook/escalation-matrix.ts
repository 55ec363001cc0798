// The escalation matrix of a playbook: its tiers (levels) against what leads there and who answers there: the
// triggers and routes that land at each tier, the teams and people that own it, and the SLA targets that apply,
// with the risk levels' confidence thresholds beside. What the requirement's "escalation matrix" template draws.
import type { Condition, Playbook } from './schema.js';
import type { SlaPolicy } from './sla-schema.js';
import { triggerTargets } from './trigger-targets.js';

export interface MatrixTrigger {
  id: string;
  kind: string;
  /** The condition in a few words, e.g. "below 0.6" or "iptal, cancel". */
  condition: string;
  action: 'escalate' | 'require_approval';
  priority: string | null;
  team: string;
  /** How its tier is known: its own route, a route naming it, or the default route. */
  via: 'trigger' | 'route' | 'default';
  /** The id of the route naming it (`via: 'route'`), when the route has one. */
  route?: string;
}

export interface MatrixRoute {
  id: string | null;
  /** The route's `when`, as "key: a, b" parts. */
  when: string[];
  team: string;
}

export interface MatrixSla {
  policy: string;
  /** The policy's `when` apart from tier, as "key: a, b" parts (empty: every escalation at the tier). */
  when: string[];
  targets: Partial<Record<'first_response' | 'next_response' | 'resolution' | 'periodic_update', string>>;
  calendar: string | null;
}

export interface MatrixTier {
  /** Null: the row of routes that name no tier. */
  id: string | null;
  name: string;
  handles: string | null;
  /** When an escalation moves on from here, and where to. */
  criteria: string | null;
  next: string | null;
  triggers: MatrixTrigger[];
  routes: MatrixRoute[];
  teams: string[];
  /** People at this tier (and untiered people of its teams), leads marked. */
  owners: Array<{ id: string; name: string; teams: string[]; isLead: boolean }>;
  sla: MatrixSla[];
}

export interface MatrixRisk {
  level: string;
  /** The confidence below which a case at this risk escalates (confidence triggers without their own `below`). */
  threshold: number | null;
  requiresApproval: boolean;
  tasks: string[];
}

export interface EscalationMatrix {
  tiers: MatrixTier[];
  risk: MatrixRisk[];
}

const list = (values: readonly unknown[]): string => values.map(String).join(', ');

/** A condition in a few words; compositions name their parts. */
export function describeCondition(condition: Condition): string {
  switch (condition.kind) {
    case 'confidence':
      return condition.below === undefined ? 'below the risk threshold' : `below ${condition.below}`;
    case 'human_request':
      return condition.intents === undefined
        ? 'asks for a person'
        : `asks for a person, ${list(condition.intents)}`;
    case 'keyword': {
      const words =
        condition.keywords === undefined
          ? []
          : Array.isArray(condition.keywords)
            ? condition.keywords
            : Object.values(condition.keywords).flat();
      return list([...new Set([...words, ...(condition.patterns ?? [])])]);
    }
    case 'sentiment':
      return condition.below !== undefined
        ? `below ${condition.below}`
        : `falling ${condition.falling?.by ?? ''} in ${condition.falling?.turns ?? ''} turns`;
    case 'customer':
      return condition.tier === undefined ? 'customer fields' : `tier ${list(condition.tier)}`;
    case 'field':
      return condition.required === undefined ? 'fields' : `missing ${list(condition.required)}`;
    case 'flag':
      return list(condition.flags);
    case 'ai_loop':
      return condition.failed_attempts !== undefined
        ? `${condition.failed_attempts} failed attempts`
        : `intent repeated ${condition.repeated_intent ?? ''} times`;
    case 'ambiguity':
      return condition.margin === undefined ? 'ambiguous' : `margin under ${condition.margin}`;
    case 'frequency':
      return `${condition.count} × ${condition.key} in ${condition.within}`;
    case 'case':
      return list(condition.where.map((test) => test.path));
    case 'all':
    case 'any':
      return `${condition.kind} of ${list(condition.of.map((part) => part.kind))}`;
    case 'not':
      return `not ${condition.of.kind}`;
  }
}

const whenParts = (when: Record<string, unknown>, skip: string[] = []): string[] =>
  Object.entries(when)
    .filter(([key, value]) => value !== undefined && !skip.includes(key))
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? list(value) : String(value)}`);

const slaTargets = (policy: SlaPolicy): MatrixSla['targets'] =>
  Object.fromEntries(
    (['first_response', 'next_response', 'resolution', 'periodic_update'] as const)
      .filter((metric) => policy[metric] !== undefined)
      .map((metric) => [metric, policy[metric]]),
  );

/**
 * The matrix of a validated playbook: one row per tier, lowest first, and one for tierless routes if any. A trigger
 * stands at every tier it can land on, once per route that names it.
 */
export function escalationMatrix(playbook: Playbook): EscalationMatrix {
  const routes = playbook.routes ?? [];
  const people = playbook.people ?? [];
  const leads = new Set(playbook.teams.flatMap((team) => (team.lead === undefined ? [] : [team.lead])));
  const rowOf = (tier: string | undefined): string | null => tier ?? null;
  const rows: Array<{ id: string | null; name: string; handles?: string; criteria?: string; next?: string }> =
    [...playbook.tiers];
  const landsTierless =
    playbook.default_route.tier === undefined ||
    routes.some((route) => route.tier === undefined) ||
    playbook.triggers.some((trigger) => trigger.route !== undefined && trigger.route.tier === undefined);
  if (landsTierless) {
    rows.push({ id: null, name: '' });
  }
  const triggers = playbook.triggers
    .filter((trigger) => trigger.enabled !== false)
    .flatMap((trigger) =>
      triggerTargets(trigger, playbook).map(({ target, via, route }) => ({
        tier: rowOf(target.tier),
        row: {
          id: trigger.id,
          kind: trigger.kind,
          condition: describeCondition(trigger),
          action: trigger.action ?? 'escalate',
          priority: trigger.priority ?? null,
          team: target.team,
          via,
          ...(route === undefined ? {} : { route }),
        },
      })),
    );
  const policies = playbook.sla?.policies ?? [];
  const tiers = rows.map((tier): MatrixTier => {
    const own = triggers.filter((trigger) => trigger.tier === tier.id).map((trigger) => trigger.row);
    const tierRoutes: MatrixRoute[] = routes
      .filter((route) => rowOf(route.tier) === tier.id)
      .map((route) => ({ id: route.id ?? null, when: whenParts(route.when), team: route.team }));
    const teams = [
      ...new Set([
        ...own.map((trigger) => trigger.team),
        ...tierRoutes.map((route) => route.team),
        ...(rowOf(playbook.default_route.tier) === tier.id ? [playbook.default_route.team] : []),
      ]),
    ];
    const owners = people
      .filter((person) =>
        person.tier === undefined
          ? person.teams.some((team) => teams.includes(team))
          : person.tier === tier.id,
      )
      .map((person) => ({
        id: person.id,
        name: person.name,
        teams: person.teams,
        isLead: leads.has(person.id),
      }));
    const sla = policies
      .filter(
        (policy) => tier.id === null || policy.when?.tier === undefined || policy.when.tier.includes(tier.id),
      )
      .map((policy) => ({
        policy: policy.id,
        when: whenParts(policy.when ?? {}, ['tier']),
        targets: slaTargets(policy),
        calendar: policy.calendar ?? null,
      }));
    return {
      id: tier.id,
      name: tier.name,
      handles: tier.handles ?? null,
      criteria: tier.criteria ?? null,
      next: tier.next ?? null,
      triggers: own,
      routes: tierRoutes,
      teams,
      owners,
      sla,
    };
  });
  const order = playbook.risk.order ?? Object.keys(playbook.risk.levels);
  const risk = order.map((level) => ({
    level,
    threshold: playbook.risk.levels[level]?.threshold ?? null,
    requiresApproval: playbook.risk.levels[level]?.require_approval === true,
    tasks: Object.entries(playbook.risk.tasks ?? {})
      .filter(([, task]) => task.risk === level)
      .map(([name]) => name),
  }));
  return { tiers, risk };
}
