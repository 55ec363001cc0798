// A document generated from a playbook, before it is written as Markdown, HTML or CSV: a title and blocks.

/** The documents a playbook yields. */
export const documentKinds = ['matrix', 'raci', 'sop', 'comms-plan'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** The formats a document is written in. */
export const documentFormats = ['md', 'html', 'csv'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** The languages a document is written in. */
export const documentLocales = ['en', 'tr'] as const;
export type DocumentLocale = (typeof documentLocales)[number];

export interface Table {
  columns: string[];
  rows: string[][];
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; table: Table };

export interface PlaybookDocument {
  kind: DocumentKind;
  locale: DocumentLocale;
  title: string;
  /** Which playbook (and version) it was generated from, and that it must not be edited by hand. */
  source: string;
  blocks: Block[];
  /** The table a CSV export holds: the document's main grid. */
  csv: Table;
}
