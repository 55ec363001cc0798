// The incidents part of the documents: severities and their thresholds, roles, operational periods, key
// contacts, the update cadence and the phase messages, and what resolving an incident does.
import { incidentPhases, type IncidentsSection, type SeverityWhen } from '../playbook/incidents-schema.js';
import type { Playbook } from '../playbook/schema.js';
import type { Block, DocumentLocale } from './document.js';
import { playbookNames } from './playbook-names.js';

const en = {
  heading: 'Incidents',
  severities: 'Severities (most severe first)',
  severityColumns: [
    'Severity',
    'Name',
    'Critical',
    'Counts as this severe when',
    'Status update every',
    'Reminder before',
  ],
  manual: 'set by hand only',
  roles: 'Roles',
  roleColumns: ['Role', 'Duties', 'Filled by (first that names someone)'],
  periods: (length: string, rotation: string, role: string, within: string) =>
    `Incidents are worked in operational periods of ${length}. At each period's end the outgoing owner writes a hand-over note within ${within}, and whoever is on call in ${rotation} takes over as ${role}.`,
  noPeriods: 'Incidents are not worked in operational periods.',
  contacts: 'Key contacts',
  contactColumns: [
    'Contact',
    'Channel',
    'Language',
    'Expectations',
    'Phases',
    'Severities',
    'Regular updates',
  ],
  all: 'all',
  messages: 'Messages by phase',
  messageColumns: ['Phase', 'Message'],
  updateMessage: 'regular update',
  noMessage: 'no message set',
  resolve: {
    resolve: 'Resolving the incident resolves every linked escalation still open',
    hand_back: 'Resolving the incident hands every linked escalation still open back to the AI',
    leave: 'Resolving the incident leaves its linked escalations as they are',
  },
  priorities: (list: string) => `priority ${list}`,
  triggers: (list: string) => `raised by ${list}`,
  count: (count: number, within: string) => `${count} or more escalations within ${within}`,
  yes: 'yes',
  no: 'no',
  none: '—',
  steps: (severity: string, when: string, every: string) => `A ${severity} incident: ${when}${every}.`,
  everyStep: (every: string) => `; a status update is due every ${every}`,
  roleStep: (role: string, fillers: string) => `${role}: ${fillers}.`,
  contactStep: (name: string, channel: string, phases: string) =>
    `${name} hears through ${channel} at: ${phases}.`,
};

type Words = typeof en;

const tr: Words = {
  heading: 'Olaylar',
  severities: 'Önem dereceleri (en ciddiden başlayarak)',
  severityColumns: [
    'Derece',
    'Ad',
    'Kritik',
    'Bu derece sayılır, eğer',
    'Durum güncellemesi sıklığı',
    'Hatırlatma (önce)',
  ],
  manual: 'yalnızca elle atanır',
  roles: 'Roller',
  roleColumns: ['Rol', 'Görevler', 'Kim üstlenir (ilk bulunan)'],
  periods: (length, rotation, role, within) =>
    `Olaylar ${length} süren operasyon dönemlerinde yürütülür. Her dönemin sonunda çıkan sorumlu ${within} içinde bir devir notu yazar ve ${rotation} nöbetçisi ${role} olarak devralır.`,
  noPeriods: 'Olaylar operasyon dönemleriyle yürütülmez.',
  contacts: 'Kilit kişiler',
  contactColumns: ['Kişi', 'Kanal', 'Dil', 'Beklentiler', 'Aşamalar', 'Dereceler', 'Düzenli güncellemeler'],
  all: 'tümü',
  messages: 'Aşamalara göre mesajlar',
  messageColumns: ['Aşama', 'Mesaj'],
  updateMessage: 'düzenli güncelleme',
  noMessage: 'mesaj belirtilmemiş',
  resolve: {
    resolve: 'Olay çözüldüğünde bağlı ve hâlâ açık tüm eskalasyonlar çözülür',
    hand_back: 'Olay çözüldüğünde bağlı ve hâlâ açık tüm eskalasyonlar yapay zekâya geri verilir',
    leave: 'Olay çözüldüğünde bağlı eskalasyonlar olduğu gibi kalır',
  },
  priorities: (list) => `öncelik ${list}`,
  triggers: (list) => `tetikleyici ${list}`,
  count: (count, within) => `${within} içinde ${count} veya daha fazla eskalasyon`,
  yes: 'evet',
  no: 'hayır',
  none: '—',
  steps: (severity, when, every) => `${severity} olayı: ${when}${every}.`,
  everyStep: (every) => `; her ${every} bir durum güncellemesi gerekir`,
  roleStep: (role, fillers) => `${role}: ${fillers}.`,
  contactStep: (name, channel, phases) =>
    `${name}, ${channel} üzerinden şu aşamalarda bilgilendirilir: ${phases}.`,
};

const phaseNames: Record<DocumentLocale, Record<(typeof incidentPhases)[number], string>> = {
  en: {
    detected: 'detected',
    investigating: 'investigating',
    identified: 'identified',
    monitoring: 'monitoring',
    resolved: 'resolved',
  },
  tr: {
    detected: 'tespit edildi',
    investigating: 'inceleniyor',
    identified: 'neden bulundu',
    monitoring: 'izleniyor',
    resolved: 'çözüldü',
  },
};

const wordsOf = (locale: DocumentLocale): Words => (locale === 'tr' ? tr : en);

function thresholds(when: SeverityWhen | undefined, words: Words): string {
  if (when === undefined) {
    return words.manual;
  }
  const parts = [
    ...(when.priorities === undefined ? [] : [words.priorities(when.priorities.join(', '))]),
    ...(when.triggers === undefined ? [] : [words.triggers(when.triggers.join(', '))]),
    ...(when.escalations === undefined ? [] : [words.count(when.escalations, when.within ?? '1h')]),
  ];
  return parts.join('; ') || words.manual;
}

function fillerName(filler: string, playbook: Playbook, locale: DocumentLocale): string {
  const names = playbookNames(playbook, locale);
  const id = filler.slice(filler.indexOf(':') + 1);
  if (filler.startsWith('lead:')) {
    const team = playbook.teams.find((candidate) => candidate.id === id);
    const lead = team?.lead === undefined ? '' : ` (${names.person(team.lead)})`;
    return locale === 'tr' ? `${names.team(id)} lideri${lead}` : `the lead of ${names.team(id)}${lead}`;
  }
  return names.party(filler);
}

const section = (playbook: Playbook): IncidentsSection | undefined => playbook.incidents;

/** The blocks of the communications plan about incidents; none when the playbook has no incidents. */
export function incidentBlocks(playbook: Playbook, locale: DocumentLocale): Block[] {
  const incidents = section(playbook);
  if (incidents === undefined) {
    return [];
  }
  const words = wordsOf(locale);
  const phases = phaseNames[locale];
  const cadence = incidents.communications.cadence ?? {};
  const blocks: Block[] = [
    { kind: 'heading', text: words.heading },
    { kind: 'paragraph', text: words.severities },
    {
      kind: 'table',
      table: {
        columns: words.severityColumns,
        rows: incidents.severities.map((severity) => [
          severity.id,
          severity.description === undefined ? severity.name : `${severity.name}: ${severity.description}`,
          severity.critical ? words.yes : words.no,
          thresholds(severity.when, words),
          cadence[severity.id]?.every ?? words.none,
          cadence[severity.id]?.remind_before ?? words.none,
        ]),
      },
    },
  ];
  if (incidents.roles.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: words.roles },
      {
        kind: 'table',
        table: {
          columns: words.roleColumns,
          rows: incidents.roles.map((role) => [
            role.name,
            role.duties ?? words.none,
            role.filled_by.map((filler) => fillerName(filler, playbook, locale)).join(' → '),
          ]),
        },
      },
    );
  }
  const periods = incidents.periods;
  const rotations = playbook.oncall?.rotations ?? [];
  blocks.push({
    kind: 'paragraph',
    text:
      periods === undefined
        ? words.noPeriods
        : words.periods(
            periods.length,
            rotations.find((rotation) => rotation.id === periods.rotation)?.name ?? periods.rotation,
            incidents.roles.find((role) => role.id === (periods.role ?? incidents.roles[0]?.id))?.name ??
              words.none,
            periods.handover_note_within,
          ),
  });
  if (incidents.communications.contacts.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: words.contacts },
      {
        kind: 'table',
        table: {
          columns: words.contactColumns,
          rows: incidents.communications.contacts.map((contact) => [
            contact.name,
            contact.channel,
            contact.locale,
            contact.expectations ?? words.none,
            contact.phases.map((phase) => phases[phase]).join(', '),
            contact.severities?.join(', ') ?? words.all,
            contact.updates ? words.yes : words.no,
          ]),
        },
      },
    );
  }
  const messages = incidents.communications.messages ?? {};
  const text = (message: { en: string; tr?: string | undefined } | undefined) =>
    message === undefined ? words.noMessage : locale === 'tr' ? (message.tr ?? message.en) : message.en;
  blocks.push(
    { kind: 'paragraph', text: words.messages },
    {
      kind: 'table',
      table: {
        columns: words.messageColumns,
        rows: [
          ...incidentPhases.map((phase) => [phases[phase], text(messages[phase])]),
          ...(incidents.communications.update_message === undefined
            ? []
            : [[words.updateMessage, text(incidents.communications.update_message)]]),
        ],
      },
    },
    { kind: 'paragraph', text: `${words.resolve[incidents.on_resolve.escalations]}.` },
  );
  return blocks;
}

/** The SOP's incident steps, in sentences; none when the playbook has no incidents. */
export function incidentSteps(playbook: Playbook, locale: DocumentLocale): string[] {
  const incidents = section(playbook);
  if (incidents === undefined) {
    return [];
  }
  const words = wordsOf(locale);
  const phases = phaseNames[locale];
  const cadence = incidents.communications.cadence ?? {};
  const steps = incidents.severities.map((severity) =>
    words.steps(
      `${severity.id} (${severity.name})`,
      thresholds(severity.when, words),
      cadence[severity.id] === undefined ? '' : words.everyStep(cadence[severity.id]?.every ?? ''),
    ),
  );
  for (const role of incidents.roles) {
    steps.push(
      words.roleStep(
        role.name,
        role.filled_by.map((filler) => fillerName(filler, playbook, locale)).join(' → '),
      ),
    );
  }
  const periods = incidents.periods;
  if (periods !== undefined) {
    const rotation = playbook.oncall?.rotations.find((candidate) => candidate.id === periods.rotation);
    const role = incidents.roles.find(
      (candidate) => candidate.id === (periods.role ?? incidents.roles[0]?.id),
    );
    steps.push(
      words.periods(
        periods.length,
        rotation?.name ?? periods.rotation,
        role?.name ?? words.none,
        periods.handover_note_within,
      ),
    );
  }
  for (const contact of incidents.communications.contacts) {
    steps.push(
      words.contactStep(
        contact.name,
        contact.channel,
        contact.phases.map((phase) => phases[phase]).join(', '),
      ),
    );
  }
  steps.push(`${words.resolve[incidents.on_resolve.escalations]}.`);
  return steps;
}

/** The incidents heading of the SOP in the document's language. */
export const incidentHeading = (locale: DocumentLocale): string =>
  locale === 'tr' ? '10. Olaylar' : '10. Incidents';
