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
  return builders[kind](playbook, locale, sourceLine(playbook, locale, version));
}

function sourceLine(playbook: Playbook, locale: DocumentLocale, version: number | undefined): string {
  const words = wordsFor(locale);
  return words.generated(playbook.name, version === undefined ? '' : words.version(version));
}

/** The document as text: Markdown, HTML that prints well, or its main grid as CSV. */
export function writeDocument(
  playbook: Playbook,
  options: {
    kind: DocumentKind;
    format: DocumentFormat;
    locale: DocumentLocale;
    version?: number | undefined;
    /** false: leave out what names people (the matrix an AI system's key reads). */
    withPeople?: boolean | undefined;
  },
): string {
  const document =
    options.kind === 'matrix' && options.withPeople === false
      ? buildEscalationMatrix(
          playbook,
          options.locale,
          sourceLine(playbook, options.locale, options.version),
          {
            withPeople: false,
          },
        )
      : buildDocument(playbook, options.kind, options.locale, options.version);
  return renderers[options.format](document);
}
