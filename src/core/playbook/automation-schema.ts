// The playbook's automations: on an escalation event, when conditions hold, run actions.
import { z } from 'zod';
import { Id, StringList, durationText } from './schema-primitives.js';
import { parseDuration } from '../time/duration.js';
import { listNames, type PathSegment, type PlaybookProblem, quote } from './playbook-problem.js';

/** The escalation timeline events an automation (or a ladder's `start_on`) can react to. */
export const escalationEventTypes = [
  'created',
  'assigned',
  'claimed',
  'status_changed',
  'commented',
  'customer_replied',
  'sla_warning',
  'sla_breached',
  'approval_requested',
  'approval_decided',
  'rerouted',
  'tier_changed',
  'handed_back',
  'reopened',
] as const;
export const EscalationEventType = z.enum(escalationEventTypes);
export type EscalationEventType = z.infer<typeof EscalationEventType>;

const Scalar = z.union([z.string().max(500), z.number(), z.boolean()]);

/** What an automation looks at; every listed key must match, each list matches any of its values. */
export const AutomationMatch = z.strictObject({
  status: StringList.optional(),
  priority: StringList.optional(),
  team: StringList.optional(),
  tier: StringList.optional(),
  customer_tier: StringList.optional(),
  channel: StringList.optional(),
  task: StringList.optional(),
  tags: StringList.optional().describe('the escalation carries at least one of these tags'),
  event: z
    .record(z.string().min(1).max(300), z.array(Scalar).min(1))
    .optional()
    .describe(
      "on the event's data, by dot path: e.g. clock: [first_response], percent: [75, 90], to: [resolved]",
    ),
});
export type AutomationMatch = z.infer<typeof AutomationMatch>;

const Duration = durationText('a duration such as "15m", "1h" or "1d"').refine((text) => {
  const ms = parseDuration(text);
  return Number.isNaN(ms) || ms >= 60_000;
}, 'at least one minute');

const Notify = z
  .strictObject({
    channel: Id.describe('a channel name from the integrations (e.g. "slack-oncall", "email")'),
    template: Id.optional(),
    message: z.string().min(1).max(10_000).optional(),
  })
  .refine((notify) => notify.template === undefined || notify.message === undefined, {
    message: 'give a template or a message, not both',
    path: ['message'],
  });

/** The actions an automation can take, one key per list item. */
export const actionKinds = [
  'set_status',
  'set_priority',
  'set_tier',
  'set_team',
  'assign',
  'add_tag',
  'set_field',
  'notify',
  'start_update_reminders',
  'open_incident',
] as const;
export type ActionKind = (typeof actionKinds)[number];

/** One action, written as a map with exactly one key: `- set_status: in_progress`. */
export const AutomationAction = z
  .strictObject({
    set_status: Id.optional(),
    set_priority: z.string().min(1).max(50).optional(),
    set_tier: Id.optional(),
    set_team: Id.optional(),
    assign: Id.optional().describe('"auto" (the team\'s assignment strategy) or a person id'),
    add_tag: z.string().min(1).max(100).optional(),
    set_field: z
      .strictObject({ name: z.string().min(1).max(100), value: z.union([Scalar, z.null()]) })
      .optional(),
    notify: Notify.optional(),
    start_update_reminders: z.strictObject({ every: Duration }).optional(),
    open_incident: z
      .strictObject({
        title: z.string().min(1).max(500).describe('the title of the incident it opens'),
        summary: z.string().max(10_000).optional().describe('the situation summary it starts with'),
        severity: Id.default('auto').describe(
          'a severity of the incidents section, or "auto" (default): the first whose thresholds hold, nothing opened when none does',
        ),
      })
      .optional()
      .describe(
        'opens an incident with this escalation linked, or links it to the incident this automation opened that is still open',
      ),
  })
  .refine((action) => actionKinds.filter((kind) => action[kind] !== undefined).length === 1, {
    message: `an action has exactly one of: ${actionKinds.join(', ')}`,
  });
export type AutomationAction = z.infer<typeof AutomationAction>;

/** Event → conditions → actions. */
export const Automation = z.strictObject({
  id: Id,
  description: z.string().max(10_000).optional(),
  on: z.array(EscalationEventType).min(1).max(escalationEventTypes.length).describe('events that wake it'),
  when: AutomationMatch.optional().describe('absent matches every escalation'),
  actions: z.array(AutomationAction).min(1).max(20).describe('run in order'),
  enabled: z.boolean().default(true),
});
export type Automation = z.infer<typeof Automation>;

/** The playbook's `automations:` list, run in this order; ids are unique. */
export const Automations = z
  .array(Automation)
  .max(500)
  .superRefine((automations, ctx) => {
    const seen = new Map<string, number>();
    automations.forEach((automation, index) => {
      const earlier = seen.get(automation.id);
      if (earlier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `duplicate id "${automation.id}" (also automations[${earlier}])`,
        });
      }
      seen.set(automation.id, earlier ?? index);
    });
  });
export type Automations = z.infer<typeof Automations>;

/** The names automations may point at, from the rest of the playbook. */
export interface AutomationNames {
  teams: ReadonlySet<string>;
  tiers: ReadonlySet<string>;
  people: ReadonlySet<string>;
  statuses: ReadonlySet<string>;
  priorities: ReadonlySet<string>;
  /** The severities of the incidents section; undefined when the playbook has none. */
  severities?: ReadonlySet<string> | undefined;
}

/**
 * Problems with names that point elsewhere in the playbook (a status, team, tier, priority or person that does
 * not exist would make an automation silently never match, or fail when it runs). Paths start with `at`.
 */
export function checkAutomationReferences(
  automations: Automations,
  known: AutomationNames,
  at: readonly PathSegment[] = ['automations'],
): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const exists = (
    path: readonly PathSegment[],
    value: string | undefined,
    names: ReadonlySet<string>,
    what: string,
  ) => {
    if (value !== undefined && !names.has(value)) {
      problems.push({
        path: [...at, ...path],
        message: `${quote(value)} is not ${what} (${listNames([...names]) || 'none defined'})`,
      });
    }
  };
  const lists = [
    ['status', known.statuses, 'a status'],
    ['priority', known.priorities, 'a priority'],
    ['team', known.teams, 'a team'],
    ['tier', known.tiers, 'a tier'],
  ] as const;
  automations.forEach((automation, index) => {
    for (const [key, names, what] of lists) {
      automation.when?.[key]?.forEach((value, v) => exists([index, 'when', key, v], value, names, what));
    }
    automation.actions.forEach((action, a) => {
      const path = [index, 'actions', a];
      exists([...path, 'set_status'], action.set_status, known.statuses, 'a status');
      exists([...path, 'set_priority'], action.set_priority, known.priorities, 'a priority');
      exists([...path, 'set_tier'], action.set_tier, known.tiers, 'a tier');
      exists([...path, 'set_team'], action.set_team, known.teams, 'a team');
      const severity = action.open_incident?.severity;
      if (severity !== undefined && known.severities === undefined) {
        problems.push({
          path: [...at, ...path, 'open_incident'],
          message: 'the playbook has no incidents section to open an incident from',
        });
      } else if (severity !== undefined && severity !== 'auto') {
        exists(
          [...path, 'open_incident', 'severity'],
          severity,
          known.severities ?? new Set(),
          'a severity (or "auto")',
        );
      }
      if (action.assign !== 'auto') {
        exists([...path, 'assign'], action.assign, known.people, 'a person (or "auto")');
      }
    });
  });
  return problems;
}
