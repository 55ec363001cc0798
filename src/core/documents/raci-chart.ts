// The RACI chart: responsible, accountable, consulted and informed at each stage, and where review is mandatory.
import { defaultWorkflow } from '../playbook/default-workflow.js';
import type { Playbook } from '../playbook/schema.js';
import type { DocumentLocale, PlaybookDocument, Table } from './document.js';
import { describeCondition, describeMatch } from './describe-condition.js';
import { playbookNames } from './playbook-names.js';
import { wordsFor } from './words.js';

/** One row per workflow status, in workflow order, then any stage the RACI names beyond them. */
export function raciTable(playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  const statuses = (playbook.workflow ?? defaultWorkflow).statuses;
  const stages = new Map((playbook.raci ?? []).map((stage) => [stage.stage, stage]));
  const order = [
    ...statuses.map((status) => status.id),
    ...[...stages.keys()].filter((id) => !statuses.some((status) => status.id === id)),
  ];
  const parties = (list: string[] | undefined) =>
    list === undefined || list.length === 0 ? words.none : list.map(names.party).join(', ');
  return {
    columns: words.raciColumns,
    rows: order.map((id) => {
      const status = statuses.find((candidate) => candidate.id === id);
      const label = status?.name === undefined ? id : `${status.name} (${id})`;
      const stage = stages.get(id);
      if (stage === undefined) {
        return [label, words.raciMissing, words.none, words.none, words.none];
      }
      return [
        label,
        parties(stage.responsible),
        parties(stage.accountable),
        parties(stage.consulted),
        parties(stage.informed),
      ];
    }),
  };
}

/** Every place the playbook makes a person approve before the AI acts, in sentences. */
export function mandatoryReview(playbook: Playbook, locale: DocumentLocale): string[] {
  const words = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  const items: string[] = [];
  const order = playbook.risk.order ?? Object.keys(playbook.risk.levels);
  for (const level of order) {
    if (playbook.risk.levels[level]?.require_approval === true) {
      items.push(words.reviewRisk(level));
    }
  }
  for (const trigger of playbook.triggers) {
    if (trigger.action === 'require_approval' && trigger.enabled !== false) {
      items.push(words.reviewTrigger(trigger.id, describeCondition(trigger, playbook, locale)));
    }
  }
  for (const rule of playbook.approvals ?? []) {
    const who =
      rule.approvers === undefined ? names.party('role:team') : rule.approvers.map(names.party).join(', ');
    const effect =
      rule.on_deadline === undefined || rule.on_deadline.action === 'reject'
        ? locale === 'tr'
          ? 'reddedilir'
          : 'rejected'
        : rule.on_deadline.action === 'assign'
          ? names.person(rule.on_deadline.person)
          : rule.on_deadline.approvers.map(names.party).join(', ');
    const deadline = rule.deadline === undefined ? '' : words.deadline(rule.deadline, effect);
    items.push(words.reviewRule(describeMatch(rule.when, locale), rule.required, who, deadline));
  }
  return items.length === 0 ? [words.noReview] : items;
}

export function buildRaciChart(playbook: Playbook, locale: DocumentLocale, source: string): PlaybookDocument {
  const words = wordsFor(locale);
  const table = raciTable(playbook, locale);
  return {
    kind: 'raci',
    locale,
    title: words.title.raci,
    source,
    blocks: [
      { kind: 'heading', text: words.raci },
      { kind: 'table', table },
      { kind: 'heading', text: words.review },
      { kind: 'list', items: mandatoryReview(playbook, locale) },
    ],
    csv: table,
  };
}
