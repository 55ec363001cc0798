// Which SLA policy an escalation falls under: the first whose `when` matches its facts.
import type { SlaMatch } from '../playbook/sla-schema.js';
import { foldText } from '../signals/normalise.js';

/** What SLA conditions look at, read from the escalation and its case. */
export interface SlaPolicyFacts {
  priority: string;
  team: string;
  tier: string | null;
  customerTier?: string | undefined;
  channel?: string | undefined;
  /** The case's task type. */
  task?: string | undefined;
}

export type SlaPredicate = (facts: SlaPolicyFacts) => boolean;

/**
 * Compiles one `when`: every listed key must match, a list matches any of its values (compared folded, as
 * routes compare them); an absent or empty `when` matches every escalation.
 */
export function compileSlaMatch(when: SlaMatch | undefined): SlaPredicate {
  const checks: SlaPredicate[] = [];
  const add = (
    values: readonly string[] | undefined,
    pick: (facts: SlaPolicyFacts) => string | null | undefined,
  ) => {
    if (values === undefined) {
      return;
    }
    const wanted = new Set(values.map(foldText));
    checks.push((facts) => {
      const value = pick(facts);
      return value !== null && value !== undefined && wanted.has(foldText(value));
    });
  };
  add(when?.priority, (facts) => facts.priority);
  add(when?.team, (facts) => facts.team);
  add(when?.tier, (facts) => facts.tier);
  add(when?.customer_tier, (facts) => facts.customerTier);
  add(when?.channel, (facts) => facts.channel);
  add(when?.task, (facts) => facts.task);
  return (facts) => checks.every((check) => check(facts));
}

/** The first policy that matches, or null when none does (the escalation then has no SLA clocks). */
export function choosePolicy<P extends { matches: SlaPredicate }>(
  policies: readonly P[],
  facts: SlaPolicyFacts,
): P | null {
  return policies.find((policy) => policy.matches(facts)) ?? null;
}
