// Generates one document from a playbook and writes it in the chosen format and language.
import type { Playbook } from '../playbook/schema.js';
import { buildCommsPlan } from './comms-plan.js';
import type { DocumentFormat, DocumentKind, DocumentLocale, PlaybookDocument } from './document.js';
import { buildEscalationMatrix } from './escalation-matrix.js';
import { buildRaciChart } from './raci-chart.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { buildStandardProcedure } from './standard-procedure.js';
import { wordsFor } from './words.js';

const builders: Record<
  DocumentKind,
  (playbook: Playbook, locale: DocumentLocale, source: string) => PlaybookDocument
> = {
  matrix: buildEscalationMatrix,
  raci: buildRaciChart,
  sop: buildStandardProcedure,
  'comms-plan': buildCommsPlan,
};

const renderers: Record<DocumentFormat, (document: PlaybookDocument) => string> = {
  md: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
};

export const documentMediaTypes: Record<DocumentFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export function buildDocument(
  playbook: Playbook,
  kind: DocumentKind,
  locale: DocumentLocale,
  version?: number,
): PlaybookDocument {
  const words = wordsFor(locale);
  const source = words.generated(playbook.name, version === undefined ? '' : words.version(version));
  return builders[kind](playbook, locale, source);
}

/** The document as text: Markdown, HTML that prints well, or its main grid as CSV. */
export function writeDocument(
  playbook: Playbook,
  options: {
    kind: DocumentKind;
    format: DocumentFormat;
    locale: DocumentLocale;
    version?: number | undefined;
  },
): string {
  return renderers[options.format](buildDocument(playbook, options.kind, options.locale, options.version));
}
