// Which automations an escalation event wakes, their actions in playbook order, and the guard that stops loops.
import { parseDuration } from '../time/duration.js';
import type { Automation, AutomationAction, EscalationEventType } from '../playbook/automation-schema.js';
import { compileMatch, type EscalationFacts, type EventData, type FactsTest } from './match-automation.js';

export type { EscalationFacts, EventData } from './match-automation.js';

/** An action as the caller applies it (the playbook's one-key map, made explicit). */
export type ActionToApply =
  | { kind: 'set_status'; status: string }
  | { kind: 'set_priority'; priority: string }
  | { kind: 'set_tier'; tier: string }
  | { kind: 'set_team'; team: string }
  | { kind: 'assign'; strategy: 'auto' }
  | { kind: 'assign'; strategy: 'person'; person: string }
  | { kind: 'add_tag'; tag: string }
  | { kind: 'set_field'; name: string; value: string | number | boolean | null }
  | { kind: 'notify'; channel: string; template: string | null; message: string | null }
  | { kind: 'start_update_reminders'; every: string; everyMs: number }
  | { kind: 'open_incident'; title: string; summary: string | null; severity: string };

/** One automation applied to one escalation; a cascade's chain lists them in causal order. */
export interface CascadeLink {
  automation: string;
  escalationId: string;
}

/** The escalation event automations react to. */
export interface AutomationEvent {
  type: EscalationEventType;
  data: EventData;
}

export interface FiredAutomation {
  automation: string;
  actions: readonly ActionToApply[];
}

/** An automation that matched but was not run: record it as an event and log it. */
export interface AutomationLoop {
  /** `repeated`: it already ran on this escalation in this cascade; `too_deep`: the chain holds `maxDepth` links. */
  reason: 'repeated' | 'too_deep';
  automation: string;
  escalationId: string;
  /** The cascade so far, ending with the stopped automation. */
  chain: readonly CascadeLink[];
  message: string;
}

export interface AutomationRun {
  /** In playbook order. */
  fired: FiredAutomation[];
  loops: AutomationLoop[];
  /** The input chain followed by the fired automations: pass it to the runs for the events their actions cause. */
  chain: CascadeLink[];
}

export interface RunAutomationsInput {
  event: AutomationEvent;
  escalation: EscalationFacts;
  /**
   * Every automation already applied in the current cascade, in order: empty (the default) for an event a person,
   * the AI or a timer caused; else the `chain` of the latest run in the cascade.
   */
  chain?: readonly CascadeLink[];
}

export interface CompiledAutomations {
  run(input: RunAutomationsInput): AutomationRun;
}

interface CompiledAutomation {
  id: string;
  test: FactsTest;
  actions: readonly ActionToApply[];
}

export const DEFAULT_MAX_DEPTH = 10;

function toActionToApply(action: AutomationAction): ActionToApply {
  if (action.set_status !== undefined) {
    return { kind: 'set_status', status: action.set_status };
  }
  if (action.set_priority !== undefined) {
    return { kind: 'set_priority', priority: action.set_priority };
  }
  if (action.set_tier !== undefined) {
    return { kind: 'set_tier', tier: action.set_tier };
  }
  if (action.set_team !== undefined) {
    return { kind: 'set_team', team: action.set_team };
  }
  if (action.assign !== undefined) {
    return action.assign === 'auto'
      ? { kind: 'assign', strategy: 'auto' }
      : { kind: 'assign', strategy: 'person', person: action.assign };
  }
  if (action.add_tag !== undefined) {
    return { kind: 'add_tag', tag: action.add_tag };
  }
  if (action.set_field !== undefined) {
    return { kind: 'set_field', name: action.set_field.name, value: action.set_field.value };
  }
  if (action.notify !== undefined) {
    const { channel, template, message } = action.notify;
    return { kind: 'notify', channel, template: template ?? null, message: message ?? null };
  }
  if (action.start_update_reminders !== undefined) {
    const { every } = action.start_update_reminders;
    return { kind: 'start_update_reminders', every, everyMs: parseDuration(every) };
  }
  if (action.open_incident !== undefined) {
    const { title, summary, severity } = action.open_incident;
    return { kind: 'open_incident', title, summary: summary ?? null, severity };
  }
  throw new TypeError('an automation action with no kind passed the schema');
}

const describeChain = (chain: readonly CascadeLink[]): string =>
  chain.map((link) => `${link.automation}@${link.escalationId}`).join(' → ');

/**
 * Compiles the playbook's automations (already validated by the `Automations` schema); disabled ones are left out.
 * A cascade is everything that follows from one event a person, the AI or a timer caused: that event wakes
 * automations, their actions cause events that wake more. The guard stops an automation that would run a second
 * time on the same escalation within one cascade (a loop, or two paths reaching it), and any automation once the
 * chain holds `maxDepth` links (default 10); other automations woken by the same event still run. So a cascade
 * runs at most `maxDepth` automations, whatever the playbook says.
 */
export function compileAutomations(
  automations: readonly Automation[],
  options: { maxDepth?: number } = {},
): CompiledAutomations {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const byEvent = new Map<string, CompiledAutomation[]>();
  for (const automation of automations) {
    if (!automation.enabled) {
      continue;
    }
    const compiled = {
      id: automation.id,
      test: compileMatch(automation.when),
      actions: automation.actions.map(toActionToApply),
    };
    for (const type of new Set(automation.on)) {
      byEvent.set(type, [...(byEvent.get(type) ?? []), compiled]);
    }
  }
  return {
    run({ event, escalation, chain: before = [] }) {
      const fired: FiredAutomation[] = [];
      const loops: AutomationLoop[] = [];
      const chain = [...before];
      for (const automation of byEvent.get(event.type) ?? []) {
        if (!automation.test(escalation, event.data)) {
          continue;
        }
        const link = { automation: automation.id, escalationId: escalation.id };
        const isRepeat = chain.some(
          (l) => l.automation === link.automation && l.escalationId === link.escalationId,
        );
        if (!isRepeat && chain.length < maxDepth) {
          fired.push({ automation: automation.id, actions: automation.actions });
          chain.push(link);
          continue;
        }
        const stopped = [...chain, link];
        const why = isRepeat
          ? 'it already ran on this escalation in this cascade'
          : `the cascade already ran ${maxDepth} automations`;
        loops.push({
          reason: isRepeat ? 'repeated' : 'too_deep',
          automation: automation.id,
          escalationId: escalation.id,
          chain: stopped,
          message: `automation "${automation.id}" stopped on escalation ${escalation.id} (${event.type}): ${why}: ${describeChain(stopped)}`,
        });
      }
      return { fired, loops, chain };
    },
  };
}
