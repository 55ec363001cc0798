// Semantic checks zod cannot express: unique ids, and every name that points elsewhere (teams, tiers, triggers,
// priority and risk levels, statuses) pointing at something that exists.
import { foldText } from '../signals/normalise.js';
import { defaultWorkflow } from './default-workflow.js';
import { checkAutomationReferences } from './automation-schema.js';
import { conditionKinds } from './condition-kinds.js';
import { checkOnCallReferences } from './oncall-schema.js';
import { checkIntegrationReferences, integrationIds } from './integrations-schema.js';
import { checkIncidentReferences } from './incidents-schema.js';
import { listNames, type PathSegment, type PlaybookProblem, quote } from './playbook-problem.js';
import { isAnyName, type KnownNames } from './salvage-playbook.js';
import type { Match, Playbook, RouteTarget } from './schema.js';
import { keywordNames } from './walk-conditions.js';

type Report = (path: readonly PathSegment[], message: string, at?: 'key' | 'value') => void;

/** Collects the ids of one section, reporting duplicates. */
function idsOf(
  section: string,
  items: ReadonlyArray<{ id?: string | undefined }>,
  report: Report,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (item.id === undefined) {
      return;
    }
    const earlier = seen.get(item.id);
    if (earlier === undefined) {
      seen.set(item.id, index);
    } else {
      report([section, index, 'id'], `duplicate id ${quote(item.id)} (also ${section}[${earlier}])`);
    }
  });
  return new Set(seen.keys());
}

/** Makes a check that a name is one of a known set. */
function makeExists(report: Report) {
  return (
    path: readonly PathSegment[],
    value: string | undefined,
    known: ReadonlySet<string>,
    what: string,
  ) => {
    if (value !== undefined && !known.has(value)) {
      report(path, `${quote(value)} is not ${what} (${listNames([...known]) || 'none defined'})`);
    }
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The names a section declares, widened by what a salvaged playbook knows of the items it had to leave out. */
function widen(declared: Set<string>, known: ReadonlySet<string> | undefined): ReadonlySet<string> {
  if (known === undefined) {
    return declared;
  }
  return isAnyName(known) ? known : new Set([...declared, ...known]);
}

/**
 * Every reference problem in a playbook that passed the schema, or in the parts of one that did not (`known`
 * then says which names the left-out parts declare).
 */
export function checkReferences(playbook: Playbook, known: Partial<KnownNames> = {}): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const report: Report = (path, message, at) => problems.push({ path, message, ...(at ? { at } : {}) });
  const exists = makeExists(report);

  const teams = widen(idsOf('teams', playbook.teams, report), known.teams);
  const people = widen(idsOf('people', playbook.people ?? [], report), known.people);
  const tiers = widen(idsOf('tiers', playbook.tiers, report), known.tiers);
  const triggers = widen(idsOf('triggers', playbook.triggers, report), known.triggers);
  idsOf('routes', playbook.routes ?? [], report);
  const risks = widen(new Set(Object.keys(playbook.risk.levels)), known.risks);
  const priorities = widen(new Set(playbook.priorities.levels), known.priorities);
  const kinds = new Set(conditionKinds);
  const keywordHits = new Set(keywordNames(playbook).map(foldText));

  const target = (
    path: readonly PathSegment[],
    route: RouteTarget | { team: string; tier?: string | undefined },
  ) => {
    exists([...path, 'team'], route.team, teams, 'a team');
    exists([...path, 'tier'], route.tier, tiers, 'a tier');
  };
  const match = (path: readonly PathSegment[], when: Match | undefined) => {
    when?.trigger?.forEach((id, index) => exists([...path, 'trigger', index], id, triggers, 'a trigger id'));
    when?.risk?.forEach((level, index) => exists([...path, 'risk', index], level, risks, 'a risk level'));
    when?.kind?.forEach((kind, index) => exists([...path, 'kind', index], kind, kinds, 'a trigger kind'));
    when?.keyword?.forEach((keyword, index) => {
      if (!keywordHits.has(foldText(keyword))) {
        report(
          [...path, 'keyword', index],
          `${quote(keyword)} is not a keyword (or /pattern/) of any keyword trigger`,
        );
      }
    });
  };

  playbook.people?.forEach((person, index) => {
    person.teams.forEach((team, at) => exists(['people', index, 'teams', at], team, teams, 'a team'));
    exists(['people', index, 'tier'], person.tier, tiers, 'a tier');
    if (person.timezone !== undefined && !isTimeZone(person.timezone)) {
      report(
        ['people', index, 'timezone'],
        `${quote(person.timezone)} is not an IANA time zone (like "Europe/Istanbul")`,
      );
    }
  });
  playbook.tiers.forEach((tier, index) => {
    exists(['tiers', index, 'next'], tier.next, tiers, 'a tier');
    if (tier.next === tier.id) {
      report(['tiers', index, 'next'], `a tier cannot hand over to itself`);
    }
  });
  checkTierCycles(playbook, report);

  const levels = playbook.priorities.levels;
  levels.forEach((level, index) => {
    if (levels.indexOf(level) !== index) {
      report(['priorities', 'levels', index], `${quote(level)} is listed twice`);
    }
  });
  exists(['priorities', 'default'], playbook.priorities.default, priorities, 'a priority level');
  playbook.priorities.rules?.forEach((rule, index) => {
    exists(['priorities', 'rules', index, 'at_least'], rule.at_least, priorities, 'a priority level');
    match(['priorities', 'rules', index, 'when'], rule.when);
    if (rule.at_least === undefined && rule.raise === undefined) {
      report(['priorities', 'rules', index], 'does nothing: give "at_least" or "raise"');
    }
  });

  exists(['risk', 'default'], playbook.risk.default, risks, 'a risk level');
  for (const [task, setting] of Object.entries(playbook.risk.tasks ?? {})) {
    exists(['risk', 'tasks', task, 'risk'], setting.risk, risks, 'a risk level');
  }
  checkRiskOrder(playbook, risks, report);

  playbook.triggers.forEach((trigger, index) => {
    exists(['triggers', index, 'priority'], trigger.priority, priorities, 'a priority level');
    if (trigger.route !== undefined) {
      target(['triggers', index, 'route'], trigger.route);
    }
  });
  playbook.routes?.forEach((route, index) => {
    target(['routes', index], route);
    match(['routes', index, 'when'], route.when);
  });
  target(['default_route'], playbook.default_route);
  playbook.approvals?.forEach((rule, index) => match(['approvals', index, 'when'], rule.when));

  const statuses = widen(checkWorkflow(playbook, { teams, people }, report), known.statuses);
  playbook.sla?.policies.forEach((policy, index) => {
    const path = ['sla', 'policies', index];
    policy.pause_statuses?.forEach((status, at) =>
      exists([...path, 'pause_statuses', at], status, statuses, 'a status'),
    );
    policy.when?.priority?.forEach((level, at) =>
      exists([...path, 'when', 'priority', at], level, priorities, 'a priority level'),
    );
    policy.when?.team?.forEach((team, at) => exists([...path, 'when', 'team', at], team, teams, 'a team'));
    policy.when?.tier?.forEach((tier, at) => exists([...path, 'when', 'tier', at], tier, tiers, 'a tier'));
  });
  if (playbook.oncall !== undefined) {
    problems.push(...checkOnCallReferences(playbook.oncall, { teams, people }));
  }
  if (playbook.automations !== undefined) {
    problems.push(
      ...checkAutomationReferences(playbook.automations, {
        teams,
        tiers,
        people,
        statuses,
        priorities,
        severities:
          playbook.incidents && new Set(playbook.incidents.severities.map((severity) => severity.id)),
      }),
    );
  }
  problems.push(
    ...checkIntegrationReferences(playbook.integrations, { teams, people: playbook.people ?? [] }),
  );
  const channels = integrationIds(playbook.integrations);
  playbook.automations?.forEach((automation, index) =>
    automation.actions.forEach((action, at) =>
      exists(
        ['automations', index, 'actions', at, 'notify', 'channel'],
        action.notify?.channel,
        new Set(channels.keys()),
        'an integration',
      ),
    ),
  );
  if (playbook.incidents !== undefined) {
    const rotations = new Set(playbook.oncall?.rotations.map((rotation) => rotation.id) ?? []);
    problems.push(
      ...checkIncidentReferences(playbook.incidents, {
        teams,
        people,
        rotations,
        priorities,
        triggers,
        channels,
      }),
    );
  }
  return problems;
}

function checkTierCycles(playbook: Playbook, report: Report): void {
  const next = new Map(playbook.tiers.map((tier) => [tier.id, tier.next]));
  const reported = new Set<string>();
  playbook.tiers.forEach((tier, index) => {
    const chain = [tier.id];
    let current = tier.next;
    while (
      current !== undefined &&
      current !== tier.id &&
      !chain.includes(current) &&
      chain.length <= next.size
    ) {
      chain.push(current);
      current = next.get(current);
    }
    if (current === tier.id && chain.length > 1 && !chain.some((id) => reported.has(id))) {
      chain.forEach((id) => reported.add(id));
      report(['tiers', index, 'next'], `tiers hand over in a circle: ${[...chain, tier.id].join(' → ')}`);
    }
  });
}

function checkRiskOrder(playbook: Playbook, risks: ReadonlySet<string>, report: Report): void {
  const order = playbook.risk.order;
  if (order === undefined) {
    return;
  }
  order.forEach((level, index) => {
    if (!risks.has(level)) {
      report(['risk', 'order', index], `${quote(level)} is not a risk level (${listNames([...risks])})`);
    } else if (order.indexOf(level) !== index) {
      report(['risk', 'order', index], `${quote(level)} is listed twice`);
    }
  });
  const missing = [...risks].filter((level) => !order.includes(level));
  if (missing.length > 0) {
    report(['risk', 'order'], `must list every risk level; missing ${listNames(missing)}`);
  }
}

function checkWorkflow(
  playbook: Playbook,
  known: { teams: ReadonlySet<string>; people: ReadonlySet<string> },
  report: Report,
): Set<string> {
  const exists = makeExists(report);
  const workflow = playbook.workflow;
  const statuses = new Set<string>(
    workflow === undefined ? defaultWorkflow.statuses.map((status) => status.id) : [],
  );
  if (workflow !== undefined) {
    workflow.statuses.forEach((status, index) => {
      if (statuses.has(status.id)) {
        report(['workflow', 'statuses', index, 'id'], `duplicate status ${quote(status.id)}`);
      }
      statuses.add(status.id);
    });
    exists(['workflow', 'initial'], workflow.initial, statuses, 'a status');
    for (const [from, targets] of Object.entries(workflow.transitions)) {
      if (!statuses.has(from)) {
        report(
          ['workflow', 'transitions', from],
          `${quote(from)} is not a status (${listNames([...statuses])})`,
          'key',
        );
      }
      targets.forEach((to, index) =>
        exists(['workflow', 'transitions', from, index], to, statuses, 'a status'),
      );
    }
  }
  const party = (path: readonly PathSegment[], value: string) => {
    const [type, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    if (type === 'team') {
      exists(path, id, known.teams, 'a team');
    } else if (type === 'person') {
      exists(path, id, known.people, 'a person');
    } else if (!['assignee', 'team'].includes(id)) {
      report(path, `${quote(value)}: a role is "role:assignee" or "role:team"`);
    }
  };
  playbook.raci?.forEach((stage, index) => {
    exists(['raci', index, 'stage'], stage.stage, statuses, 'a status');
    for (const duty of ['responsible', 'accountable', 'consulted', 'informed'] as const) {
      stage[duty]?.forEach((value, at) => party(['raci', index, duty, at], value));
    }
  });
  playbook.approvals?.forEach((rule, index) => {
    rule.approvers?.forEach((value, at) => party(['approvals', index, 'approvers', at], value));
    const effect = rule.on_deadline;
    if (effect !== undefined && rule.deadline === undefined) {
      report(['approvals', index, 'on_deadline'], 'there is no deadline to act on: give "deadline"');
    }
    if (effect?.action === 'escalate') {
      effect.approvers.forEach((value, at) =>
        party(['approvals', index, 'on_deadline', 'approvers', at], value),
      );
    } else if (effect?.action === 'assign') {
      exists(['approvals', index, 'on_deadline', 'person'], effect.person, known.people, 'a person');
    }
  });
  return statuses;
}
