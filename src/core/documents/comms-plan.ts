// The communications plan: the channels, who is told what and how, the update cadence, the notices, the ladders.
import type { Playbook } from '../playbook/schema.js';
import type { Block, DocumentLocale, PlaybookDocument, Table } from './document.js';
import { describeLists } from './describe-condition.js';
import { laddersTable } from './escalation-matrix.js';
import { incidentBlocks } from './incident-plan.js';
import { playbookNames } from './playbook-names.js';
import { wordsFor } from './words.js';

export function channelsTable(playbook: Playbook, locale: DocumentLocale): Table {
  const { comms } = wordsFor(locale);
  const names = playbookNames(playbook, locale);
  const events = (list: readonly string[] | undefined) =>
    list === undefined || list.includes('*') ? comms.allEvents : list.join(', ');
  const rows: string[][] = [];
  for (const webhook of playbook.integrations?.webhooks ?? []) {
    rows.push([webhook.id, comms.webhook, new URL(webhook.url).host, events(webhook.events)]);
  }
  for (const slack of playbook.integrations?.slack ?? []) {
    const reach = [
      ...(slack.channels === undefined
        ? []
        : [
            comms.teamChannels(
              Object.entries(slack.channels)
                .map(([team, channel]) => `${names.team(team)} → ${channel}`)
                .join(', '),
            ),
          ]),
      ...(slack.default_channel === undefined ? [] : [comms.defaultChannel(slack.default_channel)]),
      comms.directMessages,
    ];
    rows.push([slack.id, comms.slack, reach.join('; '), events(slack.events)]);
  }
  for (const email of playbook.integrations?.email ?? []) {
    rows.push([
      email.id,
      comms.email,
      comms.emailReach(email.customer_replies === true),
      `${email.from}${email.locale === undefined ? '' : ` (${email.locale})`}`,
    ]);
  }
  return { columns: comms.channelColumns, rows };
}

export function contactsTable(playbook: Playbook, locale: DocumentLocale): Table {
  const words = wordsFor(locale);
  const { comms } = words;
  const names = playbookNames(playbook, locale);
  const leads = new Map(
    playbook.teams.filter((team) => team.lead !== undefined).map((team) => [team.lead, team.name]),
  );
  const onCall = new Map<string, string[]>();
  for (const rotation of playbook.oncall?.rotations ?? []) {
    for (const person of rotation.people) {
      onCall.set(person, [...(onCall.get(person) ?? []), rotation.name ?? rotation.id]);
    }
  }
  return {
    columns: comms.contactColumns,
    rows: (playbook.people ?? []).map((person) => {
      const roles = [
        `${person.teams.map(names.team).join(', ')}${person.tier === undefined ? '' : ` · ${person.tier}`}`,
        ...(leads.has(person.id)
          ? [
              locale === 'tr'
                ? `lider: ${leads.get(person.id) ?? ''}`
                : `lead of ${leads.get(person.id) ?? ''}`,
            ]
          : []),
        ...(onCall.get(person.id) ?? []).map((rotation) =>
          locale === 'tr' ? `nöbet: ${rotation}` : `on call: ${rotation}`,
        ),
      ];
      const channels = [...(person.notify ?? []), ...(person.email === undefined ? [] : [person.email])];
      const hours =
        person.hours === undefined
          ? comms.always
          : Object.entries(person.hours)
              .map(([day, ranges]) => `${day} ${(ranges ?? []).join(', ')}`)
              .join('; ');
      return [
        person.name,
        roles.join('; '),
        channels.join(' → ') || words.none,
        `${hours}${person.timezone === undefined ? '' : ` (${person.timezone})`}`,
      ];
    }),
  };
}

export function cadenceItems(playbook: Playbook, locale: DocumentLocale): string[] {
  const { comms } = wordsFor(locale);
  const items: string[] = [];
  for (const policy of playbook.sla?.policies ?? []) {
    if (policy.periodic_update !== undefined) {
      items.push(comms.slaCadence(policy.id, describeLists(policy.when, locale), policy.periodic_update));
    }
  }
  for (const automation of playbook.automations ?? []) {
    for (const action of automation.actions) {
      if (action.start_update_reminders !== undefined && automation.enabled) {
        items.push(comms.reminder(automation.id, action.start_update_reminders.every));
      }
    }
  }
  return items.length === 0 ? [comms.noCadence] : items;
}

export function noticeItems(playbook: Playbook, locale: DocumentLocale): string[] {
  const { comms } = wordsFor(locale);
  const items: string[] = [];
  for (const automation of playbook.automations ?? []) {
    for (const action of automation.actions) {
      if (action.notify !== undefined && automation.enabled) {
        const text = action.notify.message ?? action.notify.template;
        items.push(
          comms.notice(
            automation.id,
            `${automation.on.join(', ')} (${describeLists(automation.when, locale)})`,
            action.notify.channel,
            text === undefined ? '' : `: "${text}"`,
          ),
        );
      }
    }
  }
  return items;
}

export function buildCommsPlan(playbook: Playbook, locale: DocumentLocale, source: string): PlaybookDocument {
  const words = wordsFor(locale);
  const { comms } = words;
  const contacts = contactsTable(playbook, locale);
  const blocks: Block[] = [];
  const channels = channelsTable(playbook, locale);
  if (channels.rows.length > 0) {
    blocks.push({ kind: 'heading', text: comms.channels }, { kind: 'table', table: channels });
  }
  blocks.push({ kind: 'heading', text: comms.contacts }, { kind: 'table', table: contacts });
  blocks.push(
    { kind: 'heading', text: comms.cadence },
    { kind: 'list', items: cadenceItems(playbook, locale) },
  );
  const notices = noticeItems(playbook, locale);
  if (notices.length > 0) {
    blocks.push({ kind: 'heading', text: comms.notices }, { kind: 'list', items: notices });
  }
  const ladders = laddersTable(playbook, locale);
  if (ladders.rows.length > 0) {
    blocks.push({ kind: 'heading', text: comms.ladders }, { kind: 'table', table: ladders });
  }
  blocks.push(...incidentBlocks(playbook, locale));
  return { kind: 'comms-plan', locale, title: words.title['comms-plan'], source, blocks, csv: contacts };
}
