// The escalation matrix of a playbook: which condition escalates, how, how urgently and to which team and tier, as
// one plain table (the requirement's levels × conditions grid), with the tiers and the confidence thresholds by risk.
import type { Playbook, Trigger } from './schema.js';

export interface EscalationMatrixRow {
  trigger: string;
  kind: string;
  /** The trigger's description, else its options in short. */
  condition: string;
  action: 'escalate' | 'require_approval';
  /** The priority the trigger asks for; null: the playbook's priority rules decide. */
  priority: string | null;
  /** The trigger's own route; null: the playbook's routes decide (first match), else the default route. */
  team: string | null;
  tier: string | null;
}

export interface EscalationMatrix {
  rows: EscalationMatrixRow[];
  tiers: Array<{
    id: string;
    name: string;
    handles: string | null;
    criteria: string | null;
    next: string | null;
  }>;
  risks: Array<{ level: string; threshold: number | null; requireApproval: boolean }>;
  defaultRoute: { team: string; tier: string | null };
}

const CONDITION_MOST = 160;
const commonKeys = new Set(['id', 'kind', 'description', 'action', 'priority', 'route', 'enabled']);

function conditionOf(trigger: Trigger): string {
  if (trigger.description !== undefined) {
    return trigger.description;
  }
  const options = Object.fromEntries(Object.entries(trigger).filter(([key]) => !commonKeys.has(key)));
  const text = Object.keys(options).length === 0 ? '(defaults)' : JSON.stringify(options);
  return text.length > CONDITION_MOST ? `${text.slice(0, CONDITION_MOST - 1)}…` : text;
}

/** The matrix of a parsed playbook; disabled triggers are left out. */
export function escalationMatrix(playbook: Playbook): EscalationMatrix {
  const order = playbook.risk.order ?? Object.keys(playbook.risk.levels);
  return {
    rows: playbook.triggers
      .filter((trigger) => trigger.enabled !== false)
      .map((trigger) => ({
        trigger: trigger.id,
        kind: trigger.kind,
        condition: conditionOf(trigger),
        action: trigger.action ?? 'escalate',
        priority: trigger.priority ?? null,
        team: trigger.route?.team ?? null,
        tier: trigger.route?.tier ?? null,
      })),
    tiers: playbook.tiers.map((tier) => ({
      id: tier.id,
      name: tier.name,
      handles: tier.handles ?? null,
      criteria: tier.criteria ?? null,
      next: tier.next ?? null,
    })),
    risks: order.map((level) => ({
      level,
      threshold: playbook.risk.levels[level]?.threshold ?? null,
      requireApproval: playbook.risk.levels[level]?.require_approval === true,
    })),
    defaultRoute: { team: playbook.default_route.team, tier: playbook.default_route.tier ?? null },
  };
}

const cell = (value: string | number | null): string =>
  value === null ? '—' : String(value).replaceAll('|', '\\|').replace(/\s+/g, ' ');

const table = (head: string[], rows: Array<Array<string | number | null>>): string =>
  [head, head.map(() => '---'), ...rows.map((row) => row.map(cell))]
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n');

/** The matrix as Markdown tables (what the MCP resource serves). */
export function formatEscalationMatrix(matrix: EscalationMatrix): string {
  const route = `${matrix.defaultRoute.team}${matrix.defaultRoute.tier === null ? '' : ` / ${matrix.defaultRoute.tier}`}`;
  return [
    '## Escalation triggers',
    '',
    table(
      ['trigger', 'kind', 'condition', 'action', 'priority', 'team', 'tier'],
      matrix.rows.map((row) => [
        row.trigger,
        row.kind,
        row.condition,
        row.action,
        row.priority ?? 'by priority rules',
        row.team ?? 'by routes',
        row.tier,
      ]),
    ),
    '',
    `Anything no route matches goes to ${route}.`,
    '',
    '## Tiers (lowest first)',
    '',
    table(
      ['tier', 'name', 'handles', 'moves on when', 'next'],
      matrix.tiers.map((tier) => [tier.id, tier.name, tier.handles, tier.criteria, tier.next]),
    ),
    '',
    '## Confidence thresholds by task risk (lowest first)',
    '',
    table(
      ['risk', 'escalate below', 'human approval'],
      matrix.risks.map((risk) => [risk.level, risk.threshold, risk.requireApproval ? 'always' : 'no']),
    ),
    '',
  ].join('\n');
}
