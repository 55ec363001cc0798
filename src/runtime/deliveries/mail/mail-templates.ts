// The words of notification e-mails, in English and Turkish: a subject naming the escalation, a plain-text part
// and an HTML part (everything that came from people, cases or the playbook escaped), one wording per reason.
import type { DeliveryPayload } from '../../../core/deliveries/plan-deliveries.js';

export type MailLocale = 'en' | 'tr';

/** What a message says about its escalation (null for a notice that has none). */
export interface MailEscalation {
  id: string;
  status: string;
  priority: string;
  team: string;
  tier: string | null;
  /** The brief's one line on what the customer wants, when there is one. */
  wants: string | null;
  /** The brief's text (first lines go into the message). */
  brief: string | null;
}

export interface MailInput {
  locale: MailLocale;
  payload: DeliveryPayload;
  escalation: MailEscalation | null;
  /** The escalation's page, for people; never put in the customer's messages. */
  link: string | null;
  /** Whether replying comments on the escalation (the sender has a reply domain). */
  isReplyable: boolean;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

interface Words {
  headline: (reason: string, data: Record<string, unknown>) => string;
  labels: {
    wants: string;
    team: string;
    tier: string;
    priority: string;
    status: string;
    open: string;
    due: string;
  };
  replyHint: string;
  customerSubject: string;
  customerReplyHint: string;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

const en: Words = {
  headline: (reason, data) => {
    switch (reason) {
      case 'assignee':
        return 'Assigned to you';
      case 'ladder':
        return 'Nobody has claimed this escalation yet';
      case 'update_due':
        return 'An update is due';
      case 'sla_warning':
        return `SLA warning: ${metricName(data['metric'], 'en')} due soon`;
      case 'sla_breached':
        return `SLA breached: ${metricName(data['metric'], 'en')}`;
      case 'approver':
        return 'Your approval is needed';
      case 'owner_fallback':
        return 'Nobody took it in time: it is yours now';
      case 'approval_expired':
        return 'The approval deadline passed';
      case 'automation':
        return 'Notice';
      default:
        return 'Update';
    }
  },
  labels: {
    wants: 'Customer wants',
    team: 'Team',
    tier: 'Tier',
    priority: 'Priority',
    status: 'Status',
    open: 'Open',
    due: 'Due',
  },
  replyHint: 'Reply to this e-mail to add a public reply to the escalation.',
  customerSubject: 'Re: your request',
  customerReplyHint: 'You can answer this e-mail directly.',
};

const tr: Words = {
  headline: (reason, data) => {
    switch (reason) {
      case 'assignee':
        return 'Size atandı';
      case 'ladder':
        return 'Bu talebi henüz kimse üstlenmedi';
      case 'update_due':
        return 'Güncelleme zamanı geldi';
      case 'sla_warning':
        return `SLA uyarısı: ${metricName(data['metric'], 'tr')} süresi dolmak üzere`;
      case 'sla_breached':
        return `SLA aşıldı: ${metricName(data['metric'], 'tr')}`;
      case 'approver':
        return 'Onayınız gerekiyor';
      case 'owner_fallback':
        return 'Zamanında kimse almadı: artık sizde';
      case 'approval_expired':
        return 'Onay süresi doldu';
      case 'automation':
        return 'Bildirim';
      default:
        return 'Güncelleme';
    }
  },
  labels: {
    wants: 'Müşterinin isteği',
    team: 'Ekip',
    tier: 'Seviye',
    priority: 'Öncelik',
    status: 'Durum',
    open: 'Aç',
    due: 'Son tarih',
  },
  replyHint: 'Talebe herkese açık bir yanıt eklemek için bu e-postayı yanıtlayın.',
  customerSubject: 'Talebiniz hakkında',
  customerReplyHint: 'Bu e-postayı doğrudan yanıtlayabilirsiniz.',
};

const metricNames: Record<MailLocale, Record<string, string>> = {
  en: { first_response: 'first response', next_response: 'next response', resolution: 'resolution' },
  tr: { first_response: 'ilk yanıt', next_response: 'sonraki yanıt', resolution: 'çözüm' },
};

function metricName(metric: unknown, locale: MailLocale): string {
  const name = textOf(metric);
  return name === null ? 'SLA' : (metricNames[locale][name] ?? name);
}

/** HTML-escapes text from anywhere (cases, people, the playbook): the five characters that matter. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Subject lines are one line: control characters (a CR/LF that would start a header) become spaces. */
const oneLine = (value: string, max = 200): string => {
  const flat = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

const paragraphsHtml = (lines: readonly string[]): string =>
  lines
    .join('\n')
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

const layoutHtml = (body: string): string =>
  `<!doctype html>\n<html><body style="font-family: sans-serif; line-height: 1.4">\n${body}\n</body></html>\n`;

/** The message a person gets about an escalation, for one reason. */
function personMail(input: MailInput, words: Words): MailContent {
  const { payload, escalation } = input;
  const headline = words.headline(payload.reason, payload.event.data);
  const summary = escalation?.wants ?? null;
  const subject = oneLine(
    `[Handoff${escalation === null ? '' : ` ${escalation.id}`}] ${headline}${summary === null ? '' : `: ${summary}`}`,
  );
  const lines: string[] = [headline];
  const message = textOf(payload.message);
  if (message !== null) {
    lines.push('', message);
  }
  const due = textOf(payload.event.data['dueAt']) ?? textOf(payload.event.data['deadlineAt']);
  if (due !== null) {
    lines.push('', `${words.labels.due}: ${due}`);
  }
  const facts: string[] = [];
  if (escalation !== null) {
    if (summary !== null) {
      facts.push(`${words.labels.wants}: ${summary}`);
    }
    facts.push(
      `${words.labels.team}: ${escalation.team} · ${words.labels.tier}: ${escalation.tier ?? '-'} · ` +
        `${words.labels.priority}: ${escalation.priority} · ${words.labels.status}: ${escalation.status}`,
    );
  }
  const brief = (escalation?.brief ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 6);
  const textLines = [...lines, '', ...facts, ...(brief.length > 0 ? ['', ...brief] : [])];
  const link = input.link;
  const hint = input.isReplyable ? [words.replyHint] : [];
  const plain = [...textLines, ...(link === null ? [] : ['', `${words.labels.open}: ${link}`]), '', ...hint]
    .join('\n')
    .trimEnd();
  const linkHtml =
    link === null ? '' : `\n<p><a href="${escapeHtml(link)}">${escapeHtml(words.labels.open)}</a></p>`;
  const html = layoutHtml(
    `<h2>${escapeHtml(headline)}</h2>\n${paragraphsHtml(textLines.slice(1))}${linkHtml}` +
      (hint.length > 0 ? `\n<p style="color: #666">${escapeHtml(words.replyHint)}</p>` : ''),
  );
  return { subject, text: `${plain}\n`, html };
}

/** A person's public reply, going to the customer: their words, nothing internal (no link, no brief). */
function customerMail(input: MailInput, words: Words): MailContent {
  const body = textOf(input.payload.event.data['body']) ?? '';
  const id = input.escalation?.id;
  const subject = oneLine(`[Handoff${id === undefined ? '' : ` ${id}`}] ${words.customerSubject}`);
  const hint = input.isReplyable ? ['', words.customerReplyHint] : [];
  return {
    subject,
    text: `${[body, ...hint].join('\n').trimEnd()}\n`,
    html: layoutHtml(
      paragraphsHtml([body]) +
        (input.isReplyable ? `\n<p style="color: #666">${escapeHtml(words.customerReplyHint)}</p>` : ''),
    ),
  };
}

/** The subject, text and HTML of one notification e-mail. */
export function renderMail(input: MailInput): MailContent {
  const words = input.locale === 'tr' ? tr : en;
  return input.payload.reason === 'public_reply' ? customerMail(input, words) : personMail(input, words);
}
