// The standard operating procedure: the playbook in plain sentences, section by section, step by step.
import type { Playbook } from '../playbook/schema.js';
import { slaMetrics } from '../playbook/sla-schema.js';
import { triggerTargets } from '../playbook/trigger-targets.js';
import type { Block, DocumentLocale, PlaybookDocument } from './document.js';
import { describeCondition, describeLists, describeMatch } from './describe-condition.js';
import { incidentHeading, incidentSteps } from './incident-plan.js';
import { playbookNames } from './playbook-names.js';
import { mandatoryReview } from './raci-chart.js';
import { wordsFor } from './words.js';
import type { AutomationAction } from '../playbook/automation-schema.js';

/** One action of an automation in words. */
export function describeAction(action: AutomationAction, playbook: Playbook, locale: DocumentLocale): string {
  const tr = locale === 'tr';
  const names = playbookNames(playbook, locale);
  if (action.set_status !== undefined) {
    return tr ? `durumu ${action.set_status} yap` : `set the status to ${action.set_status}`;
  }
  if (action.set_priority !== undefined) {
    return tr ? `önceliği ${action.set_priority} yap` : `set the priority to ${action.set_priority}`;
  }
  if (action.set_tier !== undefined) {
    return tr ? `seviyeyi ${names.tier(action.set_tier)} yap` : `move it to ${names.tier(action.set_tier)}`;
  }
  if (action.set_team !== undefined) {
    return tr ? `${names.team(action.set_team)} ekibine aktar` : `move it to ${names.team(action.set_team)}`;
  }
  if (action.assign !== undefined) {
    const who =
      action.assign === 'auto'
        ? tr
          ? 'ekibin atama kuralına göre'
          : "by the team's assignment strategy"
        : names.person(action.assign);
    return tr ? `ata: ${who}` : `assign it ${action.assign === 'auto' ? who : `to ${who}`}`;
  }
  if (action.add_tag !== undefined) {
    return tr ? `"${action.add_tag}" etiketi ekle` : `tag it "${action.add_tag}"`;
  }
  if (action.set_field !== undefined) {
    return tr
      ? `${action.set_field.name} alanını ${String(action.set_field.value)} yap`
      : `set ${action.set_field.name} to ${String(action.set_field.value)}`;
  }
  if (action.notify !== undefined) {
    const text = action.notify.message ?? action.notify.template;
    return tr
      ? `${action.notify.channel} kanalına bildir${text === undefined ? '' : ` ("${text}")`}`
      : `notify ${action.notify.channel}${text === undefined ? '' : ` ("${text}")`}`;
  }
  if (action.start_update_reminders !== undefined) {
    return tr
      ? `her ${action.start_update_reminders.every} güncelleme hatırlat`
      : `remind the owner to post an update every ${action.start_update_reminders.every}`;
  }
  return '';
}

interface Section {
  title: string;
  steps: string[];
}

function sections(playbook: Playbook, locale: DocumentLocale): Section[] {
  const words = wordsFor(locale);
  const sop = words.sop;
  const names = playbookNames(playbook, locale);
  const order = playbook.risk.order ?? Object.keys(playbook.risk.levels);
  const tasks = Object.entries(playbook.risk.tasks ?? {});
  const tasksOf = (level: string) => {
    const named = tasks.filter(([, task]) => task.risk === level).map(([name]) => name);
    return named.length === 0 ? '' : sop.tasks(named.join(', '));
  };

  const purpose = [playbook.description ?? playbook.name];
  if (playbook.locales !== undefined) {
    purpose.push(sop.languages(playbook.locales.join(', ')));
  }

  const when: string[] = [];
  for (const level of order) {
    const settings = playbook.risk.levels[level];
    if (settings?.threshold !== undefined) {
      when.push(sop.thresholds(level, String(settings.threshold), tasksOf(level)));
    }
    if (settings?.require_approval === true) {
      when.push(sop.approvalRisk(level, tasksOf(level)));
    }
  }
  for (const trigger of playbook.triggers) {
    const targets = triggerTargets(trigger, playbook).filter(({ via }) => via !== 'default');
    const route =
      targets.length === 0 ? '' : sop.routeTo(targets.map(({ target }) => names.target(target)).join(' / '));
    const description =
      trigger.description === undefined ? '' : `${trigger.description.replace(/\.?\s*$/, '.')} `;
    const priority = trigger.priority === undefined ? '' : sop.priority(trigger.priority);
    const action = trigger.action === 'require_approval' ? words.approval : words.escalate;
    when.push(
      sop.trigger(
        trigger.id,
        description,
        describeCondition(trigger, playbook, locale),
        action,
        priority,
        route,
      ) + (trigger.enabled === false ? sop.disabled : ''),
    );
  }

  const where = (playbook.routes ?? []).map((route, index) =>
    sop.route(index + 1, describeMatch(route.when, locale), names.target(route)),
  );
  where.push(sop.defaultRoute(names.target(playbook.default_route)));

  const priorities = [
    sop.priorityLevels(playbook.priorities.levels.join(' < '), playbook.priorities.default),
  ];
  for (const rule of playbook.priorities.rules ?? []) {
    const effects = [
      ...(rule.at_least === undefined ? [] : [sop.atLeast(rule.at_least)]),
      ...(rule.raise === undefined ? [] : [sop.raise(rule.raise)]),
    ];
    priorities.push(sop.priorityRule(describeMatch(rule.when, locale), effects.join(', ')));
  }

  const tiers = playbook.tiers.map((tier) =>
    sop.tier(
      names.tier(tier.id),
      (tier.handles ?? words.none).replace(/\.\s*$/, ''),
      tier.criteria === undefined ? '' : tier.criteria.replace(/\.?\s*$/, '.'),
      tier.next === undefined ? sop.lastTier : sop.nextTier(names.tier(tier.next)),
    ),
  );

  const calendars = new Map((playbook.sla?.calendars ?? []).map((calendar) => [calendar.id, calendar]));
  const sla = (playbook.sla?.policies ?? []).map((policy) => {
    const targets = slaMetrics
      .filter((metric) => policy[metric] !== undefined)
      .map((metric) => `${sop.targetWords[metric]} ${policy[metric] ?? ''}`)
      .join(', ');
    const calendar =
      policy.calendar === undefined
        ? ''
        : sop.inBusinessTime(
            `${calendars.get(policy.calendar)?.name ?? policy.calendar} (${calendars.get(policy.calendar)?.timezone ?? ''})`,
          );
    const warnings = policy.warnings === undefined ? '' : sop.warnings(policy.warnings.join(', '));
    return sop
      .slaPolicy(policy.id, describeLists(policy.when, locale), targets, calendar)
      .replace(/\.$/, `${warnings}.`);
  });
  if (sla.length === 0) {
    sla.push(sop.noSla);
  }

  const oncall: string[] = [];
  for (const rotation of playbook.oncall?.rotations ?? []) {
    oncall.push(
      sop.rotation(
        rotation.name ?? rotation.id,
        names.team(rotation.team),
        rotation.people.map(names.person).join(', '),
        rotation.period === 'daily' ? sop.daily : sop.weekly,
        `${rotation.handover} ${rotation.timezone}`,
      ),
    );
  }
  for (const ladder of playbook.oncall?.ladders ?? []) {
    ladder.levels.forEach((level, index) => {
      oncall.push(
        sop.ladderStep(
          names.team(ladder.team),
          index + 1,
          level.delay,
          level.notify.map(names.party).join(', '),
        ),
      );
    });
  }
  for (const person of playbook.people ?? []) {
    const channels = [...(person.notify ?? []), ...(person.email === undefined ? [] : [person.email])];
    oncall.push(
      sop.contact(
        person.name,
        person.teams.map(names.team).join(', '),
        channels.length === 0 ? sop.noChannel : sop.reachedBy(channels.join(', ')),
      ),
    );
  }

  const automations = (playbook.automations ?? [])
    .filter((automation) => automation.enabled)
    .map((automation) =>
      sop.automation(
        automation.id,
        automation.on.join(', '),
        describeLists(automation.when, locale),
        automation.actions.map((action) => describeAction(action, playbook, locale)).join(', '),
      ),
    );
  if (automations.length === 0) {
    automations.push(sop.noAutomations);
  }

  return [
    { title: sop.purpose, steps: purpose },
    { title: sop.when, steps: when },
    { title: sop.where, steps: where },
    { title: sop.priorities, steps: priorities },
    { title: sop.tiers, steps: tiers },
    { title: sop.sla, steps: sla },
    { title: sop.approvals, steps: mandatoryReview(playbook, locale) },
    { title: sop.oncall, steps: oncall.length === 0 ? [words.none] : oncall },
    { title: sop.automations, steps: automations },
    ...(playbook.incidents === undefined
      ? []
      : [{ title: incidentHeading(locale), steps: incidentSteps(playbook, locale) }]),
  ];
}

export function buildStandardProcedure(
  playbook: Playbook,
  locale: DocumentLocale,
  source: string,
): PlaybookDocument {
  const words = wordsFor(locale);
  const all = sections(playbook, locale);
  const blocks: Block[] = all.flatMap((section) => [
    { kind: 'heading' as const, text: section.title },
    { kind: 'list' as const, items: section.steps },
  ]);
  const rows = all.flatMap((section) =>
    section.steps.map((step, index) => [section.title, String(index + 1), step]),
  );
  return {
    kind: 'sop',
    locale,
    title: words.title.sop,
    source,
    blocks,
    csv: { columns: words.sop.steps, rows },
  };
}
