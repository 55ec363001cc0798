// The small playbooks the integration suites run on, written by one builder: each suite names its teams, people and
// what else it needs, and takes the rest (one Frontline tier, a low risk at 0.5, a human-request trigger, the
// default route at L1); and the pieces several suites share (teams, people, tiers, rotations, integrations).
import { supportPrimaryRotation, validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';

export interface PlaybookParts {
  name: string;
  /** The `teams` list items. */
  teams: string;
  /** The `people` list items; none when absent. */
  people?: string;
  /** The `tiers` list items (default one tier, L1 Frontline). */
  tiers?: string;
  /** Tasks at a `critical` risk that needs a human approval, beside `low` at 0.5. */
  criticalTasks?: readonly string[];
  /** The priority levels, lowest first; the default is always `normal`. */
  priorities?: readonly string[];
  /** The `triggers` list items (default: a customer asking for a person). */
  triggers?: string;
  /** The `routes` list items; none when absent. */
  routes?: string;
  /** The team of the default route, at L1. */
  defaultTeam?: string;
  /** Whatever sections follow the default route (integrations, approvals, oncall …), as YAML. */
  rest?: string;
}

/** A playbook's YAML from the parts a suite varies. */
export function playbookYaml({
  name,
  teams,
  people,
  tiers = '  - { id: L1, name: Frontline }\n',
  criticalTasks,
  priorities = ['low', 'normal', 'high'],
  triggers = askForHuman(),
  routes,
  defaultTeam = 'desk',
  rest = '',
}: PlaybookParts): string {
  const critical =
    criticalTasks === undefined
      ? ''
      : `    critical: { require_approval: true }
  tasks:
${criticalTasks.map((task) => `    ${task}: { risk: critical }\n`).join('')}`;
  return `handoff: 1
name: ${name}
teams:
${teams}${people === undefined ? '' : `people:\n${people}`}tiers:
${tiers}risk:
  default: low
  levels:
    low: { threshold: 0.5 }
${critical}priorities:
  levels: [${priorities.join(', ')}]
  default: normal
triggers:
${triggers}${routes === undefined ? '' : `routes:\n${routes}`}default_route:
  team: ${defaultTeam}
  tier: L1
${rest}`;
}

/** A trigger on a customer asking for a person, with a priority when given. */
export const askForHuman = (priority?: string, id = 'human'): string =>
  `  - id: ${id}\n    kind: human_request\n${priority === undefined ? '' : `    priority: ${priority}\n`}`;

/** Frontline, Specialists and Experts, each moving on to the next; Frontline's criteria when given. */
export const threeTiers = (criteria?: string): string => `  - { id: L1, name: Frontline, next: L2${
  criteria === undefined ? '' : `, criteria: ${criteria}`
} }
  - { id: L2, name: Specialists, next: L3 }
  - { id: L3, name: Experts }
`;

/** desk and billing, both assigning by hand. */
export const manualTeams = `  - { id: desk, name: Desk, assignment: manual }
  - { id: billing, name: Billing, assignment: manual }
`;

/** ana and ben at desk, bora at billing. */
export const manualPeople = `  - { id: ana, name: Ana, teams: [desk] }
  - { id: ben, name: Ben, teams: [desk] }
  - { id: bora, name: Bora, teams: [billing] }
`;

/**
 * An item of `oncall.rotations`: `people` of `team` in turn, daily, handing over at 09:00 (UTC unless told) from
 * Monday 16 November 2026; `extra` adds keys (overrides).
 */
export const dailyRotation = (
  id: string,
  team: string,
  people: string,
  { timezone = 'UTC', extra = '' }: { timezone?: string; extra?: string } = {},
): string => `    - id: ${id}
      team: ${team}
      people: [${people}]
      period: daily
      handover: "09:00"
      timezone: ${timezone}
      start: 2026-11-16
${extra}`;

/** The `integrations` section with one Slack workspace `id`, its token and signing secret from HANDOFF_SLACK_*. */
export const slackIntegration = (id: string, extra = ''): string => `integrations:
  slack:
    - id: ${id}
      token_env: HANDOFF_SLACK_TOKEN
      signing_secret_env: HANDOFF_SLACK_SIGNING_SECRET
${extra}`;

/**
 * The small valid playbook with mehmet at support and support's daily rotation (ayse, then mehmet); `rest` follows
 * the rotation in the `oncall` section (its overrides, ladders).
 */
export const supportOnCallYaml = (rest: string): string => `${validYaml.replace(
  /people:\n/,
  'people:\n  - { id: mehmet, name: Mehmet, teams: [support] }\n',
)}oncall:
  rotations:
${supportPrimaryRotation}${rest}`;

/** fatma, gül and hakan at finance, the approvers of critical tasks. */
export const financePeople = `  - { id: fatma, name: Fatma, teams: [finance] }
  - { id: gul, name: Gül, teams: [finance] }
  - { id: hakan, name: Hakan, teams: [finance] }
`;

/** A trigger on the AI's confidence under its risk's threshold. */
export const lowConfidence = '  - id: low-confidence\n    kind: confidence\n';

/** The route of critical tasks: finance at L1. */
export const criticalToFinance = `  - when: { risk: [critical] }
    team: finance
    tier: L1
`;

/** Wire transfers need two of finance within an hour; large refunds only Hakan. */
export const financeApprovals = `approvals:
  - when: { task: [wire_transfer] }
    required: 2
    approvers: [team:finance]
    deadline: 1h
  - when: { task: [refund_large] }
    required: 1
    approvers: [person:hakan]
`;
