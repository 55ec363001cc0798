// The playbook language: the zod schema every playbook is parsed with (and the JSON Schema exported to editors).
import { z } from 'zod';
import { ID_TEXT, Id, StringList, Text, durationText } from './schema-primitives.js';
import { Match } from './match-schema.js';
import { ValueTest } from './value-test-schema.js';
import { Automations } from './automation-schema.js';
import { OnCallSection } from './oncall-schema.js';
import { SlaSection } from './sla-schema.js';
import { Integrations } from './integrations-schema.js';
import { Enrich } from './enrich-schema.js';
import { IncidentsSection } from './incidents-schema.js';
import { ApprovalRule, RaciStage, Workflow } from './workflow-schema.js';

export { Match } from './match-schema.js';
export { ValueTest } from './value-test-schema.js';

export const Priority = z.string().min(1).max(50);

/** What a trigger does when it fires. */
export const TriggerAction = z.enum(['escalate', 'require_approval']);

export const RouteTarget = z.strictObject({
  team: Id,
  tier: Id.optional(),
  skills: z.array(z.string().min(1).max(100)).optional(),
});
export type RouteTarget = z.infer<typeof RouteTarget>;

const KeywordLists = z.union([StringList, z.record(z.string().min(2).max(35), StringList)]);

/** The condition part of a trigger, by kind. Compositions nest conditions without ids or actions. */
export type Condition =
  | { kind: 'confidence'; below?: number | undefined; when_missing?: 'fire' | 'ignore' | undefined }
  | { kind: 'human_request'; intents?: string[] | undefined }
  | {
      kind: 'keyword';
      keywords?: string[] | Record<string, string[]> | undefined;
      patterns?: string[] | undefined;
      scope?: 'latest' | 'conversation' | undefined;
      roles?: Array<'customer' | 'ai' | 'agent' | 'system'> | undefined;
      negation?: 'exclude' | 'ignore' | undefined;
    }
  | {
      kind: 'sentiment';
      below?: number | undefined;
      falling?: { turns: number; by: number } | undefined;
    }
  | { kind: 'customer'; tier?: string[] | undefined; where?: ValueTest[] | undefined }
  | {
      kind: 'field';
      required?: string[] | undefined;
      where?: ValueTest[] | undefined;
      schema?: Record<string, unknown> | undefined;
    }
  | { kind: 'flag'; flags: string[]; match?: 'any' | 'all' | undefined }
  | {
      kind: 'ai_loop';
      failed_attempts?: number | undefined;
      repeated_intent?: number | undefined;
      success_results?: string[] | undefined;
    }
  | { kind: 'ambiguity'; margin?: number | undefined; flagged?: boolean | undefined }
  | {
      kind: 'frequency';
      key: string;
      count: number;
      within: string;
      when?: Condition | undefined;
    }
  | { kind: 'case'; where: ValueTest[] }
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] }
  | { kind: 'not'; of: Condition };

const Duration = durationText();

const conditionShapes = (condition: z.ZodType<Condition>) => ({
  confidence: {
    kind: z.literal('confidence'),
    below: z.number().min(0).max(1).optional().describe('overrides the threshold for the task risk'),
    when_missing: z.enum(['fire', 'ignore']).optional(),
  },
  human_request: {
    kind: z.literal('human_request'),
    intents: StringList.optional().describe(
      'AI intents (ai.intent) that also count as a request for a person, e.g. agent_request',
    ),
  },
  keyword: {
    kind: z.literal('keyword'),
    keywords: KeywordLists.optional().describe(
      'a list, or lists per locale ("en", "tr"); "word*" matches a prefix',
    ),
    patterns: z.array(z.string().min(1).max(500)).min(1).optional(),
    scope: z.enum(['latest', 'conversation']).optional(),
    roles: z
      .array(z.enum(['customer', 'ai', 'agent', 'system']))
      .min(1)
      .optional(),
    negation: z
      .enum(['exclude', 'ignore'])
      .optional()
      .describe(
        'exclude (default): a negated mention ("I don\'t want to cancel") does not count; ignore: it does',
      ),
  },
  sentiment: {
    kind: z.literal('sentiment'),
    below: z.number().min(-1).max(1).optional(),
    falling: z
      .strictObject({ turns: z.number().int().min(2).max(50), by: z.number().positive().max(2) })
      .optional(),
  },
  customer: {
    kind: z.literal('customer'),
    tier: StringList.optional(),
    where: z.array(ValueTest).min(1).optional(),
  },
  field: {
    kind: z.literal('field'),
    required: StringList.optional(),
    where: z.array(ValueTest).min(1).optional(),
    schema: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('a JSON Schema the case "fields" must satisfy'),
  },
  flag: { kind: z.literal('flag'), flags: StringList, match: z.enum(['any', 'all']).optional() },
  ai_loop: {
    kind: z.literal('ai_loop'),
    failed_attempts: z.number().int().min(1).max(1000).optional(),
    repeated_intent: z.number().int().min(2).max(1000).optional(),
    success_results: StringList.optional(),
  },
  ambiguity: {
    kind: z.literal('ambiguity'),
    margin: z.number().min(0).max(1).optional(),
    flagged: z.boolean().optional(),
  },
  frequency: {
    kind: z.literal('frequency'),
    key: z
      .string()
      .min(1)
      .max(300)
      .describe('dot path of the case whose value is counted, e.g. "customer.id"'),
    count: z.number().int().min(1).max(1_000_000),
    within: Duration,
    when: condition.optional(),
  },
  case: { kind: z.literal('case'), where: z.array(ValueTest).min(1) },
  all: { kind: z.literal('all'), of: z.array(condition).min(1) },
  any: { kind: z.literal('any'), of: z.array(condition).min(1) },
  not: { kind: z.literal('not'), of: condition },
});

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion(
    'kind',
    Object.values(conditionShapes(Condition)).map((shape) => z.strictObject(shape)) as unknown as [
      z.ZodObject,
      ...z.ZodObject[],
    ],
  ),
) as unknown as z.ZodType<Condition>;

const triggerCommon = {
  id: Id,
  description: Text.optional(),
  action: TriggerAction.optional().describe('default "escalate"'),
  priority: Priority.optional(),
  route: RouteTarget.optional(),
  enabled: z.boolean().optional(),
};

/** A named condition and what it does. */
export const Trigger = z.discriminatedUnion(
  'kind',
  Object.values(conditionShapes(Condition)).map((shape) =>
    z.strictObject({ ...shape, ...triggerCommon }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Condition & TriggerCommon>;
export interface TriggerCommon {
  id: string;
  description?: string | undefined;
  action?: 'escalate' | 'require_approval' | undefined;
  priority?: string | undefined;
  route?: RouteTarget | undefined;
  enabled?: boolean | undefined;
}
export type Trigger = Condition & TriggerCommon;

export const Route = z.strictObject({
  id: Id.optional(),
  when: Match,
  team: Id,
  tier: Id.optional(),
  skills: z.array(z.string().min(1).max(100)).optional(),
});
export type Route = z.infer<typeof Route>;

export const PriorityRule = z.strictObject({
  when: Match,
  at_least: Priority.optional(),
  raise: z.number().int().min(1).max(10).optional(),
});
export type PriorityRule = z.infer<typeof PriorityRule>;

const Hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'a range such as "09:00-17:30"');
const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export const WorkingHours = z.partialRecord(Weekday, z.array(Hhmm));

/** Where an escalation goes when it waited too long with nobody assigned: the lead, a person, who is on call, the next tier. */
export const FallbackTarget = z
  .string()
  .max(110)
  .regex(
    new RegExp(`^(?:lead|tier:next|(?:person|rotation):${ID_TEXT})$`),
    '"lead", "tier:next", "person:ID" or "rotation:ID"',
  );

export const Team = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200),
  description: Text.optional(),
  assignment: z.enum(['round_robin', 'least_loaded', 'skills', 'manual']).optional(),
  email: z.string().max(320).optional(),
  lead: Id.optional().describe('the person who leads the team (a fallback target)'),
  tier_match: z
    .enum(['at_or_above', 'exact'])
    .optional()
    .describe(
      'at_or_above (default): a person takes work at their tier or any lower one; exact: only their own',
    ),
  fallback: z
    .strictObject({
      after: durationText().describe('how long an escalation may wait with nobody assigned'),
      to: z
        .array(FallbackTarget)
        .min(1)
        .max(10)
        .describe('tried in order; the first that names someone takes it'),
    })
    .optional()
    .describe('where an escalation goes when nobody took it in time'),
});
export type Team = z.infer<typeof Team>;

export const Person = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200),
  email: z.email().optional(),
  teams: z.array(Id).min(1),
  skills: z.array(z.string().min(1).max(100)).optional(),
  tier: Id.optional(),
  capacity: z.number().int().min(0).max(10_000).optional(),
  timezone: z.string().min(1).max(64).optional().describe('IANA time zone, e.g. "Europe/Istanbul"'),
  hours: WorkingHours.optional().describe("working hours in the person's time zone; absent = always"),
  notify: z
    .array(Id)
    .min(1)
    .max(5)
    .optional()
    .describe('integration ids, in order: the first that can reach the person is used, the next if it fails'),
  slack_user: z
    .string()
    .regex(/^[UW][A-Z0-9]{2,30}$/, 'a Slack user id such as "U0123ABCD"')
    .optional()
    .describe('the Slack user id; absent: looked up by e-mail'),
});
export type Person = z.infer<typeof Person>;

export const Tier = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200),
  handles: Text.optional(),
  criteria: Text.optional().describe('when an escalation moves on to the next tier'),
  next: Id.optional(),
});
export type Tier = z.infer<typeof Tier>;

export const RiskLevel = z.strictObject({
  threshold: z.number().min(0).max(1).optional(),
  require_approval: z.boolean().optional().describe('every task at this risk needs a human approval'),
  max_miss_rate: z
    .number()
    .gt(0)
    .lt(1)
    .optional()
    .describe(
      'calibration target: the most conversations kept at this risk that may later need a person (default 0.05)',
    ),
});

export const Risk = z.strictObject({
  order: z.array(Id).min(1).optional().describe('risk levels from lowest to highest'),
  default: Id,
  levels: z.record(Id, RiskLevel),
  tasks: z
    .record(
      z.string().min(1).max(200),
      z.strictObject({ risk: Id, threshold: z.number().min(0).max(1).optional() }),
    )
    .optional(),
});
export type Risk = z.infer<typeof Risk>;

export const Priorities = z.strictObject({
  levels: z.array(Priority).min(1).describe('lowest first'),
  default: Priority,
  rules: z.array(PriorityRule).optional(),
});
export type Priorities = z.infer<typeof Priorities>;

export const Playbook = z.strictObject({
  handoff: z.literal(1).describe('version of the playbook language'),
  name: Id,
  description: Text.optional(),
  locales: z.array(z.string().min(2).max(35)).optional(),
  teams: z.array(Team).min(1),
  people: z.array(Person).optional(),
  tiers: z.array(Tier).min(1),
  risk: Risk,
  priorities: Priorities,
  triggers: z.array(Trigger),
  routes: z.array(Route).optional(),
  default_route: RouteTarget,
  workflow: Workflow.optional().describe(
    'escalation statuses and allowed moves (default workflow if absent)',
  ),
  raci: z.array(RaciStage).optional(),
  approvals: z
    .array(ApprovalRule)
    .optional()
    .describe('who approves what: first match wins; default one approval from the routed team'),
  sla: SlaSection.optional().describe('SLA calendars and policies (first matching policy wins)'),
  oncall: OnCallSection.optional().describe('on-call rotations and escalation ladders per team'),
  automations: Automations.optional().describe('event → conditions → actions'),
  integrations: Integrations.optional().describe(
    'webhooks, Slack and e-mail: where notifications go, and which events each gets',
  ),
  enrich: Enrich.optional().describe(
    'a CRM lookup by customer.id before each evaluation; its fields join customer.*',
  ),
  incidents: IncidentsSection.optional().describe(
    'severities, roles, operational periods and communications',
  ),
  pii: z
    .strictObject({
      redact: z.array(z.enum(['email', 'phone', 'iban', 'card', 'tr_national_id'])).optional(),
    })
    .optional(),
});
export type Playbook = z.infer<typeof Playbook>;
