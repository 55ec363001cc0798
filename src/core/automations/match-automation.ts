// Compiles an automation's `when` into one test on the escalation's facts and the event's data.
import type { AutomationMatch } from '../playbook/automation-schema.js';

/** What automations may look at on the escalation, as it is after the event. */
export interface EscalationFacts {
  id: string;
  status: string;
  priority: string;
  team: string;
  tier: string | null;
  customerTier: string | null;
  channel: string | null;
  task: string | null;
  tags: readonly string[];
}

export type EventData = Readonly<Record<string, unknown>>;
export type FactsTest = (escalation: EscalationFacts, data: EventData) => boolean;

const factOf = {
  status: (e: EscalationFacts) => e.status,
  priority: (e: EscalationFacts) => e.priority,
  team: (e: EscalationFacts) => e.team,
  tier: (e: EscalationFacts) => e.tier,
  customer_tier: (e: EscalationFacts) => e.customerTier,
  channel: (e: EscalationFacts) => e.channel,
  task: (e: EscalationFacts) => e.task,
} as const;

/** The value at a dot path ("clock", "sla.clock"), or undefined. */
function valueAt(data: EventData, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Every listed key must match; a list matches when the fact is any of its values (tags: when the escalation
 * carries any of them; event data: when the value, or any item of a list value, is one of them). A fact that is
 * absent (no tier, no channel) matches no list. Values compare exactly: 75 is not "75".
 */
export function compileMatch(when: AutomationMatch | undefined): FactsTest {
  if (when === undefined) {
    return () => true;
  }
  const tests: FactsTest[] = [];
  for (const key of Object.keys(factOf) as Array<keyof typeof factOf>) {
    const list = when[key];
    if (list !== undefined) {
      const allowed = new Set(list);
      const read = factOf[key];
      tests.push((escalation) => {
        const value = read(escalation);
        return value !== null && allowed.has(value);
      });
    }
  }
  if (when.tags !== undefined) {
    const wanted = new Set(when.tags);
    tests.push((escalation) => escalation.tags.some((tag) => wanted.has(tag)));
  }
  for (const [path, values] of Object.entries(when.event ?? {})) {
    const keys = path.split('.');
    const allowed = new Set<unknown>(values);
    tests.push((_, data) => {
      const value = valueAt(data, keys);
      return Array.isArray(value) ? value.some((item) => allowed.has(item)) : allowed.has(value);
    });
  }
  return (escalation, data) => tests.every((test) => test(escalation, data));
}
