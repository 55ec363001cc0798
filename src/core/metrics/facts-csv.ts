// One CSV row per escalation with its metric facts (RFC 4180 quoting; instants in ISO 8601, durations in ms). Pure.
import type { EscalationFacts } from './escalation-facts.js';

const columns: Array<[string, (facts: EscalationFacts) => unknown]> = [
  ['escalation_id', (f) => f.id],
  ['case_id', (f) => f.caseId],
  ['opened_at', (f) => iso(f.openedAt)],
  ['first_message_at', (f) => iso(f.firstMessageAt)],
  ['team', (f) => f.team],
  ['tier', (f) => f.tier],
  ['assignee', (f) => f.assignee],
  ['first_taker', (f) => f.firstTaker],
  ['priority', (f) => f.priority],
  ['channel', (f) => f.channel],
  ['locale', (f) => f.locale],
  ['trigger', (f) => f.trigger],
  ['playbook_version', (f) => f.playbookVersion],
  ['status', (f) => f.status],
  ['first_response_at', (f) => iso(f.firstResponseAt)],
  ['first_response_ms', (f) => f.firstResponseMs],
  ['first_response_business_ms', (f) => f.firstResponseBusinessMs],
  ['resolved_at', (f) => iso(f.resolvedAt)],
  ['resolution_ms', (f) => f.resolutionMs],
  ['outcome', (f) => f.outcome],
  ['first_contact_resolution', (f) => f.firstContactResolution],
  ['reroutes', (f) => f.reroutes],
  ['tier_changes', (f) => f.tierChanges],
  ['reassignments', (f) => f.reassignments],
  ['reopens', (f) => f.reopens],
  ['handed_back', (f) => f.handedBack],
  [
    'approval_ms',
    (f) =>
      f.approvalRequestedAt === null || f.approvalDecidedAt === null
        ? null
        : f.approvalDecidedAt - f.approvalRequestedAt,
  ],
  ['sla_first_response', (f) => f.sla.first_response],
  ['sla_resolution', (f) => f.sla.resolution],
];

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

function cell(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  const text = String(value);
  // A leading = + - @ would be read as a formula by spreadsheets: quote it with a leading apostrophe.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header line and one line per escalation, CRLF-terminated. */
export function factsToCsv(rows: readonly EscalationFacts[]): string {
  const lines = [columns.map(([name]) => name).join(',')];
  for (const facts of rows) {
    lines.push(columns.map(([, read]) => cell(read(facts))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
