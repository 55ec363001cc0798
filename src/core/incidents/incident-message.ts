// The text stakeholders get: a phase message or a status update, in the contact's language, placeholders filled.
import type { IncidentPhase, IncidentsSection } from '../playbook/incidents-schema.js';

/** The values a message's `{{placeholders}}` are filled with. */
export type MessageValues = Partial<Record<string, string | number | null>>;

const placeholder = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** Fills `{{name}}` placeholders; a value that is missing or null becomes "-". */
export function fillPlaceholders(text: string, values: MessageValues): string {
  return text.replace(placeholder, (_, name: string) => {
    const value = values[name];
    return value === undefined || value === null || value === '' ? '-' : String(value);
  });
}

const fallbackPhase: Record<'en' | 'tr', string> = {
  en: '{{title}} ({{severity}}) is now {{phase}}. {{note}}',
  tr: '{{title}} ({{severity}}) şu an {{phase}} aşamasında. {{note}}',
};

const fallbackUpdate: Record<'en' | 'tr', string> = {
  en: 'Update on {{title}} ({{severity}}, {{phase}}): {{note}}',
  tr: '{{title}} hakkında bilgi ({{severity}}, {{phase}}): {{note}}',
};

/** The phase message for a contact's language (English when the playbook has none in it). */
export function phaseMessage(
  section: IncidentsSection,
  phase: IncidentPhase,
  locale: 'en' | 'tr',
  values: MessageValues,
): string {
  const texts = section.communications.messages?.[phase];
  const text = (locale === 'tr' ? texts?.tr : undefined) ?? texts?.en ?? fallbackPhase[locale];
  return fillPlaceholders(text, values);
}

/** A regular status update for a contact's language. */
export function updateMessage(section: IncidentsSection, locale: 'en' | 'tr', values: MessageValues): string {
  const texts = section.communications.update_message;
  const text = (locale === 'tr' ? texts?.tr : undefined) ?? texts?.en ?? fallbackUpdate[locale];
  return fillPlaceholders(text, values);
}
