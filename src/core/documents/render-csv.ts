// Writes a playbook document's main grid as CSV (RFC 4180: CRLF, quotes doubled), with a BOM for spreadsheets.
import type { PlaybookDocument } from './document.js';

const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A cell that a spreadsheet would run as a formula is written as text. */
const inert = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function renderCsv(document: PlaybookDocument): string {
  const { columns, rows } = document.csv;
  const lines = [columns, ...rows].map((cells) => cells.map((text) => field(inert(text))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
