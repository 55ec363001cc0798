// The escalation matrix: levels × conditions, with the teams, owners, thresholds and service-level targets.
import type { Playbook, RouteTarget, Trigger } from '../playbook/schema.js';
import { slaMetrics } from '../playbook/sla-schema.js';
import type { Block, DocumentLocale, PlaybookDocument, Table } from './document.js';
import { describeCondition, describeMatch } from './describe-condition.js';
import { playbookNames } from './playbook-names.js';
import { wordsFor } from './words.js';

/** Where a trigger's escalations go: its own route, the routes that name it, else the default route. */
export function triggerTargets(
  trigger: Trigger,
  playbook: Playbook,
): { target: RouteTarget; via: 'trigger' | 'route' | 'default'; extra?: string | undefined }[] {
  if (trigger.route !== undefined) {
    return [{ target: trigger.route, via: 'trigger' }];
  }
  const named = (playbook.routes ?? []).filter((route) => route.when.trigger?.includes(trigger.id) === true);
  if (named.length > 0) {
    return named.map((route) => ({ target: route, via: 'route', extra: route.id }));
  }
  return [{ target: playbook.default_route, via: 'default' }];
}

/** The table of levels: what each handles, when work moves on, who works at it. */
export function levelsTable(playbook: Playbook, locale: DocumentLocale, withPeople = true): Table {
  const words = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  const table = {
    columns: words.levelColumns,
    rows: playbook.tiers.map((tier) => [
      names.tier(tier.id),
      tier.handles ?? words.none,
      tier.criteria ?? words.none,
      tier.next === undefined ? words.lastLevel : names.tier(tier.next),
      (playbook.people ?? [])
        .filter((person) => person.tier === tier.id)
        .map((person) => `${person.name} (${person.teams.map(names.team).join(', ')})`)
        .join('; ') || words.none,
    ]),
  };
  return withPeople
    ? table
    : { columns: table.columns.slice(0, -1), rows: table.rows.map((row) => row.slice(0, -1)) };
}

/** The grid: one row per trigger, one column per level, the cell naming the team that takes it there. */
export function conditionsGrid(playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  const tierIds = playbook.tiers.map((tier) => tier.id);
  const triggers = playbook.triggers.filter((trigger) => trigger.enabled !== false);
  const untiered = triggers.some((trigger) =>
    triggerTargets(trigger, playbook).some(({ target }) => target.tier === undefined),
  );
  const columns = [
    ...words.gridColumns,
    ...tierIds.map((id) => names.tier(id)),
    ...(untiered ? [words.anyLevel] : []),
  ];
  const rows = triggers.map((trigger) => {
    const cells = new Map<string, string[]>();
    for (const { target, via, extra } of triggerTargets(trigger, playbook)) {
      const team = names.team(target.team);
      const text =
        via === 'default' ? words.viaDefault(team) : extra === undefined ? team : `${team} (${extra})`;
      const key = target.tier ?? '';
      cells.set(key, [...(cells.get(key) ?? []), text]);
    }
    const description = trigger.description === undefined ? '' : `${trigger.description}\n`;
    return [
      trigger.id,
      `${description}${describeCondition(trigger, playbook, locale)}`,
      trigger.action === 'require_approval' ? words.approval : words.escalate,
      trigger.priority ?? playbook.priorities.default,
      ...tierIds.map((id) => (cells.get(id) ?? []).join('; ')),
      ...(untiered ? [(cells.get('') ?? []).join('; ')] : []),
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

export function riskTable(playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  const order = playbook.risk.order ?? Object.keys(playbook.risk.levels);
  const tasks = Object.entries(playbook.risk.tasks ?? {});
  return {
    columns: words.riskColumns,
    rows: order.map((level) => {
      const settings = playbook.risk.levels[level];
      const ofLevel = tasks
        .filter(([, task]) => task.risk === level)
        .map(([name, task]) => (task.threshold === undefined ? name : `${name} (${task.threshold})`));
      const isDefault =
        level === playbook.risk.default ? (locale === 'tr' ? ' (varsayılan)' : ' (default)') : '';
      return [
        `${level}${isDefault}`,
        settings?.threshold === undefined ? words.none : String(settings.threshold),
        settings?.require_approval === true ? words.yes : words.no,
        ofLevel.join(', ') || words.none,
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
  const grid = conditionsGrid(playbook, locale);
  const blocks: Block[] = [
    { kind: 'heading', text: words.levels },
    { kind: 'table', table: levelsTable(playbook, locale, withPeople) },
    { kind: 'heading', text: words.grid },
    { kind: 'paragraph', text: words.gridIntro },
    { kind: 'table', table: grid },
    { kind: 'heading', text: words.routes },
    { kind: 'table', table: routesTable(playbook, locale) },
    { kind: 'heading', text: words.risk },
    { kind: 'table', table: riskTable(playbook, locale) },
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
