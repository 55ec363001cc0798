// The playbook's `incidents:` section: what counts as an incident and how severe, who fills its roles, the
// operational periods it is worked in, how stakeholders hear about it, and what resolving it does.
import { z } from 'zod';
import { parseDuration } from '../time/duration.js';
import { ID_TEXT, Id, durationText } from './schema-primitives.js';
import { listNames, type PathSegment, type PlaybookProblem, quote } from './playbook-problem.js';

/** The phases an incident goes through, in order; each has a message to stakeholders. */
export const incidentPhases = ['detected', 'investigating', 'identified', 'monitoring', 'resolved'] as const;
export const IncidentPhase = z.enum(incidentPhases);
export type IncidentPhase = z.infer<typeof IncidentPhase>;

/** The languages a phase message is written in. */
export const incidentLocales = ['en', 'tr'] as const;

/** What resolving an incident does to the escalations still linked to it and not finished. */
export const resolveEffects = ['resolve', 'hand_back', 'leave'] as const;

/** The words a message may use, filled in when it is sent. */
export const messagePlaceholders = [
  'title',
  'severity',
  'phase',
  'summary',
  'note',
  'owner',
  'escalations',
  'next_update',
  'incident_id',
] as const;

const Duration = durationText('a duration such as "15m", "1h" or "12h"').refine((text) => {
  const ms = parseDuration(text);
  return Number.isNaN(ms) || ms >= 60_000;
}, 'at least one minute');

const Window = durationText('a duration such as "15m", "1h" or "1d"');

/** Who fills a role: a person, a team's lead, or whoever is on call in a rotation when the role is filled. */
export const RoleFiller = z
  .string()
  .max(110)
  .regex(new RegExp(`^(?:person|lead|rotation):${ID_TEXT}$`), '"person:ID", "lead:TEAM" or "rotation:ID"');
export type RoleFiller = z.infer<typeof RoleFiller>;

/** When an incident is at least this severe; every key given must hold. */
export const SeverityWhen = z.strictObject({
  priorities: z
    .array(z.string().min(1).max(50))
    .min(1)
    .optional()
    .describe('the escalation that opens the incident (or is linked to it) has one of these priorities'),
  triggers: z.array(Id).min(1).optional().describe('the escalation was raised by one of these trigger ids'),
  escalations: z
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .optional()
    .describe(
      'at least this many escalations: linked to the incident, or (for open_incident with severity auto) opened within "within" that match priorities and triggers',
    ),
  within: Window.optional().describe('the window "escalations" are counted in (default 1h)'),
});
export type SeverityWhen = z.infer<typeof SeverityWhen>;

export const Severity = z.strictObject({
  id: Id.describe('e.g. "sev1"'),
  name: z.string().min(1).max(200).describe('e.g. "Critical"'),
  description: z.string().max(10_000).optional().describe('what an incident of this severity looks like'),
  critical: z
    .boolean()
    .default(false)
    .describe('a critical incident: counted apart in the metrics and named as such in the comms plan'),
  when: SeverityWhen.optional().describe(
    'thresholds that make an incident this severe (severities are listed most severe first; the first that holds wins); absent: only set by hand',
  ),
});
export type Severity = z.infer<typeof Severity>;

export const IncidentRole = z.strictObject({
  id: Id.describe('e.g. "commander", "communications"'),
  name: z.string().min(1).max(200).describe('e.g. "Incident commander"'),
  duties: z.string().max(10_000).optional().describe('what the holder does'),
  filled_by: z
    .array(RoleFiller)
    .min(1)
    .max(10)
    .describe('tried in order when the incident opens; the first that names someone fills the role'),
});
export type IncidentRole = z.infer<typeof IncidentRole>;

export const OperationalPeriods = z.strictObject({
  length: Duration.describe('how long one period (shift) lasts, e.g. "12h"'),
  rotation: Id.describe("the on-call rotation whose current person takes over at each period's end"),
  role: Id.optional().describe(
    'the role the incoming shift takes over; its holder owns the incident (default: the first role)',
  ),
  handover_note_within: Duration.default('30m').describe(
    'how long the outgoing owner has to write the hand-over note',
  ),
});
export type OperationalPeriods = z.infer<typeof OperationalPeriods>;

/** A stakeholder who hears about the incident, where and when. */
export const KeyContact = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200).describe('who: "Executives", "Status page", "Key accounts"'),
  channel: z
    .string()
    .min(1)
    .max(320)
    .describe('an integration id (webhook, Slack, e-mail sender) or an e-mail address'),
  locale: z.enum(incidentLocales).default('en').describe('the language of the messages they get'),
  expectations: z
    .string()
    .max(10_000)
    .optional()
    .describe('what they expect from us and what we expect from them'),
  phases: z
    .array(IncidentPhase)
    .min(1)
    .default(() => [...incidentPhases])
    .describe('the phases whose message they get (default all)'),
  severities: z.array(Id).min(1).optional().describe('only incidents of these severities (default all)'),
  updates: z.boolean().default(true).describe('they also get the regular status updates between phases'),
});
export type KeyContact = z.infer<typeof KeyContact>;

export const UpdateCadence = z.strictObject({
  every: Duration.describe('a status update is due this long after the previous one (or the opening)'),
  remind_before: Duration.optional().describe(
    'the communications lead (else the owner) is reminded this long before an update is due',
  ),
});
export type UpdateCadence = z.infer<typeof UpdateCadence>;

const LocalisedText = z
  .strictObject({
    en: z.string().min(1).max(10_000),
    tr: z.string().min(1).max(10_000).optional(),
  })
  .describe(`the message per language; {{${messagePlaceholders.join('}}, {{')}}} are filled in`);

export const Communications = z.strictObject({
  contacts: z
    .array(KeyContact)
    .max(200)
    .default(() => [])
    .describe('key contacts: who hears, where, what they expect'),
  cadence: z
    .record(Id, UpdateCadence)
    .optional()
    .describe('severity id → how often a status update is due, with a reminder before'),
  messages: z
    .partialRecord(IncidentPhase, LocalisedText)
    .optional()
    .describe('phase → the message sent to contacts when the incident enters it'),
  update_message: LocalisedText.optional().describe(
    'the message of a regular status update ({{note}} is what the author wrote)',
  ),
});
export type Communications = z.infer<typeof Communications>;

export const OnIncidentResolve = z.strictObject({
  escalations: z
    .enum(resolveEffects)
    .default('leave')
    .describe(
      'what happens to linked escalations still open: resolve them, hand them back to the AI, or leave them',
    ),
  note: z
    .string()
    .max(10_000)
    .optional()
    .describe('the note (resolve) or instructions to the AI (hand_back) written on each'),
});
export type OnIncidentResolve = z.infer<typeof OnIncidentResolve>;

/** Unique ids, and the names inside the section pointing at things in it. */
function checkSection(section: IncidentsSectionShape, ctx: z.RefinementCtx): void {
  const unique = (items: ReadonlyArray<{ id: string }>, key: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const earlier = seen.get(item.id);
      if (earlier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key, index, 'id'],
          message: `duplicate id "${item.id}" (also ${key}[${earlier}])`,
        });
      }
      seen.set(item.id, earlier ?? index);
    });
    return new Set(seen.keys());
  };
  const severities = unique(section.severities, 'severities');
  const roles = unique(section.roles, 'roles');
  unique(section.communications.contacts, 'contacts');
  const known = (path: PathSegment[], value: string | undefined, names: Set<string>, what: string) => {
    if (value !== undefined && !names.has(value)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `${quote(value)} is not ${what} (${listNames([...names]) || 'none defined'})`,
      });
    }
  };
  known(['default_severity'], section.default_severity, severities, 'a severity');
  known(['periods', 'role'], section.periods?.role, roles, 'a role');
  if (section.periods !== undefined && section.roles.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['periods'],
      message: 'operational periods hand a role over: define at least one role',
    });
  }
  for (const severity of Object.keys(section.communications.cadence ?? {})) {
    known(['communications', 'cadence', severity], severity, severities, 'a severity');
  }
  section.communications.contacts.forEach((contact, index) =>
    contact.severities?.forEach((severity, at) =>
      known(['communications', 'contacts', index, 'severities', at], severity, severities, 'a severity'),
    ),
  );
  const placeholder = /\{\{\s*([^}]*?)\s*\}\}/g;
  const words = new Set<string>(messagePlaceholders);
  const texts: Array<[PathSegment[], string]> = [];
  for (const [phase, text] of Object.entries(section.communications.messages ?? {})) {
    for (const [locale, value] of Object.entries(text ?? {})) {
      texts.push([['communications', 'messages', phase, locale], value]);
    }
  }
  for (const [locale, value] of Object.entries(section.communications.update_message ?? {})) {
    texts.push([['communications', 'update_message', locale], value]);
  }
  for (const [path, text] of texts) {
    for (const [, word] of text.matchAll(placeholder)) {
      if (word !== undefined && !words.has(word)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `{{${word}}} is not a placeholder (${listNames([...words])})`,
        });
      }
    }
  }
}

interface IncidentsSectionShape {
  severities: Severity[];
  default_severity?: string | undefined;
  roles: IncidentRole[];
  periods?: OperationalPeriods | undefined;
  communications: Communications;
}

/** The playbook's `incidents:` section: wire it in as `incidents: IncidentsSection.optional()`. */
export const IncidentsSection = z
  .strictObject({
    severities: z
      .array(Severity)
      .min(1)
      .max(20)
      .describe('most severe first; what counts as a critical incident, with thresholds'),
    default_severity: Id.optional().describe(
      'the severity of an incident opened without one and matching no thresholds (default: the least severe)',
    ),
    roles: z
      .array(IncidentRole)
      .max(20)
      .default(() => [])
      .describe('filled when the incident opens: commander, communications lead, …'),
    periods: OperationalPeriods.optional().describe(
      'operational periods worked in shifts, with a hand-over note between owners',
    ),
    communications: Communications.default(() => ({ contacts: [] })).describe(
      'key contacts, update cadence per severity and phase-by-phase messages',
    ),
    on_resolve: OnIncidentResolve.default(() => ({ escalations: 'leave' as const })).describe(
      'what resolving the incident does to its linked escalations',
    ),
  })
  .superRefine(checkSection);
export type IncidentsSection = z.infer<typeof IncidentsSection>;

/** The names the section points at outside itself. */
export interface IncidentNames {
  teams: ReadonlySet<string>;
  people: ReadonlySet<string>;
  rotations: ReadonlySet<string>;
  priorities: ReadonlySet<string>;
  triggers: ReadonlySet<string>;
  /** Integration ids by kind; an e-mail address as a channel needs an e-mail sender. */
  channels: ReadonlyMap<string, string>;
}

/** Problems with names that point outside the section (people, teams, rotations, priorities, triggers, channels). */
export function checkIncidentReferences(
  section: IncidentsSection,
  known: IncidentNames,
  at: readonly PathSegment[] = ['incidents'],
): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const exists = (path: readonly PathSegment[], value: string, names: ReadonlySet<string>, what: string) => {
    if (!names.has(value)) {
      problems.push({
        path: [...at, ...path],
        message: `${quote(value)} is not ${what} (${listNames([...names]) || 'none defined'})`,
      });
    }
  };
  section.severities.forEach((severity, index) => {
    severity.when?.priorities?.forEach((priority, p) =>
      exists(['severities', index, 'when', 'priorities', p], priority, known.priorities, 'a priority level'),
    );
    severity.when?.triggers?.forEach((trigger, t) =>
      exists(['severities', index, 'when', 'triggers', t], trigger, known.triggers, 'a trigger id'),
    );
  });
  const fillers = {
    person: [known.people, 'a person'],
    lead: [known.teams, 'a team'],
    rotation: [known.rotations, 'an on-call rotation'],
  } as const;
  section.roles.forEach((role, index) =>
    role.filled_by.forEach((filler, f) => {
      const kind = filler.slice(0, filler.indexOf(':')) as keyof typeof fillers;
      const [names, what] = fillers[kind];
      exists(['roles', index, 'filled_by', f], filler.slice(filler.indexOf(':') + 1), names, what);
    }),
  );
  if (section.periods !== undefined) {
    exists(['periods', 'rotation'], section.periods.rotation, known.rotations, 'an on-call rotation');
  }
  const senders = [...known.channels.values()].filter((kind) => kind === 'email');
  section.communications.contacts.forEach((contact, index) => {
    const path = ['communications', 'contacts', index, 'channel'];
    if (!contact.channel.includes('@')) {
      exists(path, contact.channel, new Set(known.channels.keys()), 'an integration (or an e-mail address)');
    } else if (senders.length === 0) {
      problems.push({
        path: [...at, ...path],
        message: `${quote(contact.channel)} is an e-mail address: add an e-mail sender under integrations.email`,
      });
    }
  });
  return problems;
}
