// The escalation matrix as a document: levels × conditions, with the teams, owners, thresholds and service-level
// targets. Where a trigger lands, who works at a level and the risk levels are the matrix's (escalationMatrix);
// this module only writes them, beside the playbook's routes, teams, SLA policies and ladders.
import {
  type EscalationMatrix,
  escalationMatrix,
  type MatrixTier,
  type MatrixTrigger,
} from '../playbook/escalation-matrix.js';
import type { Playbook, RouteTarget } from '../playbook/schema.js';
import { slaMetrics } from '../playbook/sla-schema.js';
import type { Block, DocumentLocale, PlaybookDocument, Table } from './document.js';
import { describeCondition, describeMatch } from './describe-condition.js';
import { playbookNames } from './playbook-names.js';
import { wordsFor } from './words.js';

/** The matrix's rows of the playbook's tiers, without the row of what names no tier. */
const tiersOf = (matrix: EscalationMatrix) =>
  matrix.tiers.filter((tier): tier is MatrixTier & { id: string } => tier.id !== null);

/** The table of levels: what each handles, when work moves on, who works at it (the matrix's owners). */
export function levelsTable(
  matrix: EscalationMatrix,
  playbook: Playbook,
  locale: DocumentLocale,
  withPeople = true,
): Table {
  const words = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  const table = {
    columns: words.levelColumns,
    rows: tiersOf(matrix).map((tier) => [
      names.tier(tier.id),
      tier.handles ?? words.none,
      tier.criteria ?? words.none,
      tier.next === null ? words.lastLevel : names.tier(tier.next),
      tier.owners.map((owner) => `${owner.name} (${owner.teams.map(names.team).join(', ')})`).join('; ') ||
        words.none,
    ]),
  };
  return withPeople
    ? table
    : { columns: table.columns.slice(0, -1), rows: table.rows.map((row) => row.slice(0, -1)) };
}

/**
 * The grid: one row per trigger (playbook order), one column per level, the cell naming the team the matrix puts
 * the trigger at there.
 */
export function conditionsGrid(matrix: EscalationMatrix, playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  const tiers = tiersOf(matrix);
  const placed = new Map<string, Array<{ tier: string; at: MatrixTrigger }>>();
  for (const tier of matrix.tiers) {
    for (const at of tier.triggers) {
      placed.set(at.id, [...(placed.get(at.id) ?? []), { tier: tier.id ?? '', at }]);
    }
  }
  const untiered = matrix.tiers.some((tier) => tier.id === null && tier.triggers.length > 0);
  const columns = [
    ...words.gridColumns,
    ...tiers.map((tier) => names.tier(tier.id)),
    ...(untiered ? [words.anyLevel] : []),
  ];
  const rows = playbook.triggers.flatMap((trigger) => {
    const places = placed.get(trigger.id);
    const first = places?.[0]?.at;
    if (places === undefined || first === undefined) {
      return [];
    }
    const cellAt = (tier: string) =>
      places
        .filter((place) => place.tier === tier)
        .map(({ at }) => {
          const team = names.team(at.team);
          return at.via === 'default'
            ? words.viaDefault(team)
            : at.route === undefined
              ? team
              : `${team} (${at.route})`;
        })
        .join('; ');
    const description = trigger.description === undefined ? '' : `${trigger.description}\n`;
    return [
      [
        trigger.id,
        `${description}${describeCondition(trigger, playbook, locale)}`,
        first.action === 'require_approval' ? words.approval : words.escalate,
        first.priority ?? playbook.priorities.default,
        ...tiers.map((tier) => cellAt(tier.id)),
        ...(untiered ? [cellAt('')] : []),
      ],
    ];
  });
  return { columns, rows };
}

export function routesTable(playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  const row = (id: string, when: string, target: RouteTarget) => [
    id,
    when,
    names.team(target.team),
    names.tier(target.tier),
    target.skills?.join(', ') ?? words.none,
  ];
  return {
    columns: words.routeColumns,
    rows: [
      ...(playbook.routes ?? []).map((route, index) =>
        row(route.id ?? `#${index + 1}`, describeMatch(route.when, locale), route),
      ),
      row(words.defaultRoute, locale === 'tr' ? 'diğer her şey' : 'anything else', playbook.default_route),
    ],
  };
}

export function ownersTable(playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  return {
    columns: words.ownerColumns,
    rows: playbook.teams.map((team) => [
      team.name,
      team.description ?? words.none,
      team.lead === undefined ? words.none : names.person(team.lead),
      team.email ?? words.none,
      team.assignment ?? 'round_robin',
      team.fallback === undefined
        ? words.none
        : words.fallback(team.fallback.after, team.fallback.to.map(names.party).join(' → ')),
    ]),
  };
}

export function slaTable(playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  const calendars = new Map((playbook.sla?.calendars ?? []).map((calendar) => [calendar.id, calendar]));
  return {
    columns: words.slaColumns,
    rows: (playbook.sla?.policies ?? []).map((policy) => [
      policy.id,
      describeListsShort(policy.when, locale),
      policy.calendar === undefined
        ? words.calendarTime
        : `${calendars.get(policy.calendar)?.name ?? policy.calendar} (${calendars.get(policy.calendar)?.timezone ?? ''})`,
      ...slaMetrics.map((metric) => policy[metric] ?? words.none),
    ]),
  };
}

function describeListsShort(match: Record<string, unknown> | undefined, locale: DocumentLocale): string {
  const entries = Object.entries(match ?? {}).filter(([, value]) => Array.isArray(value));
  if (entries.length === 0) {
    return locale === 'tr' ? 'tümü' : 'all';
  }
  return entries
    .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${(value as string[]).join(', ')}`)
    .join('; ');
}

/** The matrix's risk levels, each task with its own threshold where it sets one. */
export function riskTable(matrix: EscalationMatrix, playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  return {
    columns: words.riskColumns,
    rows: matrix.risk.map((risk) => {
      const tasks = risk.tasks.map((name) => {
        const threshold = playbook.risk.tasks?.[name]?.threshold;
        return threshold === undefined ? name : `${name} (${threshold})`;
      });
      const isDefault =
        risk.level === playbook.risk.default ? (locale === 'tr' ? ' (varsayılan)' : ' (default)') : '';
      return [
        `${risk.level}${isDefault}`,
        risk.threshold === null ? words.none : String(risk.threshold),
        risk.requiresApproval ? words.yes : words.no,
        tasks.join(', ') || words.none,
      ];
    }),
  };
}

export function laddersTable(playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  const rows: string[][] = [];
  for (const ladder of playbook.oncall?.ladders ?? []) {
    ladder.levels.forEach((level, index) => {
      rows.push([
        names.team(ladder.team),
        String(index + 1),
        level.delay,
        level.notify.map(names.party).join(', '),
      ]);
    });
  }
  return { columns: words.ladderColumns, rows };
}

/**
 * The escalation matrix. Without people (`withPeople: false`, for an AI system's key) it leaves out who works at
 * each level, the owners and the ladders, which name people.
 */
export function buildEscalationMatrix(
  playbook: Playbook,
  locale: DocumentLocale,
  source: string,
  { withPeople = true }: { withPeople?: boolean } = {},
): PlaybookDocument {
  const words = wordsFor(locale);
  const matrix = escalationMatrix(playbook);
  const grid = conditionsGrid(matrix, playbook, locale);
  const blocks: Block[] = [
    { kind: 'heading', text: words.levels },
    { kind: 'table', table: levelsTable(matrix, playbook, locale, withPeople) },
    { kind: 'heading', text: words.grid },
    { kind: 'paragraph', text: words.gridIntro },
    { kind: 'table', table: grid },
    { kind: 'heading', text: words.routes },
    { kind: 'table', table: routesTable(playbook, locale) },
    { kind: 'heading', text: words.risk },
    { kind: 'table', table: riskTable(matrix, playbook, locale) },
  ];
  if (withPeople) {
    blocks.push(
      { kind: 'heading', text: words.owners },
      { kind: 'table', table: ownersTable(playbook, locale) },
    );
  }
  const sla = slaTable(playbook, locale);
  if (sla.rows.length > 0) {
    blocks.push({ kind: 'heading', text: words.targets }, { kind: 'table', table: sla });
  }
  const ladders = laddersTable(playbook, locale);
  if (withPeople && ladders.rows.length > 0) {
    blocks.push({ kind: 'heading', text: words.ladders }, { kind: 'table', table: ladders });
  }
  return { kind: 'matrix', locale, title: words.title.matrix, source, blocks, csv: grid };
}
