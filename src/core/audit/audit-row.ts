// One normalised row of a helpdesk's history: what a source reader hands the audit accumulator. Pure data.

/** A row as every source reads into: null where the row says nothing. Times are epoch ms. */
export interface AuditRow {
  caseId: string;
  /** When the row was written (the change's instant); null for a row that carries only case-level facts. */
  at: number | null;
  /** Orders rows of one instant (ServiceNow's `sys_mod_count`); null when the source has none. */
  sequence: number | null;
  status: string | null;
  group: string | null;
  assignee: string | null;
  priority: string | null;
  channel: string | null;
  category: string | null;
  /** The customer's first words (a subject or short description), for exported drill cases. */
  text: string | null;
  openedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  firstResponseAt: number | null;
  /** Opening → first response as the source measured it (Zendesk's calendar minutes), ms. */
  firstResponseMs: number | null;
  /** Working ms to the first response as the source measured it (Zendesk's business minutes). */
  firstResponseBusinessMs: number | null;
  /** Counters as the source recorded them. */
  reassignments: number | null;
  reopens: number | null;
  madeSla: boolean | null;
}

/** A row with nothing in it but the case id. */
export function emptyRow(caseId: string, at: number | null): AuditRow {
  return {
    caseId,
    at,
    sequence: null,
    status: null,
    group: null,
    assignee: null,
    priority: null,
    channel: null,
    category: null,
    text: null,
    openedAt: null,
    resolvedAt: null,
    closedAt: null,
    firstResponseAt: null,
    firstResponseMs: null,
    firstResponseBusinessMs: null,
    reassignments: null,
    reopens: null,
    madeSla: null,
  };
}

/** 32-bit FNV-1a of a row's content: two rows with the same instant and hash are one row written twice. */
export function rowHash(row: AuditRow): number {
  const text = [
    row.status,
    row.group,
    row.assignee,
    row.priority,
    row.channel,
    row.category,
    row.openedAt,
    row.resolvedAt,
    row.closedAt,
    row.firstResponseAt,
    row.firstResponseMs,
    row.reassignments,
    row.reopens,
    row.madeSla,
  ].join('\u0001');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
