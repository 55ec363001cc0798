// One page of escalations, newest first, filtered, limited to what the caller may read, after a keyset cursor.
import { sql } from 'kysely';
import type { Db, DialectSql } from '../store.js';
import type { EscalationRow } from './select-escalation-row.js';

export interface EscalationPageQuery {
  /** Column → any of these values. */
  anyOf: Partial<Record<'status' | 'team' | 'tier' | 'assignee' | 'priority' | 'case_id', readonly string[]>>;
  /** Escalated by any of these triggers (a reason of the context names it). */
  triggers?: readonly string[];
  /** The case's locale is one of these, or a sub-tag of one ("tr" takes "tr-TR"); lower case. */
  locales?: readonly string[];
  /** Opened at or after this instant (epoch ms). */
  openedAtLeast?: number;
  /** Opened strictly before this instant. */
  openedBefore?: number;
  /** Last changed at or after this instant. */
  updatedAtLeast?: number;
  /** Only what this API key opened (an agent). */
  openedBy?: string;
  /** Only escalations of these teams or assigned to this person (a person). */
  visibleTo?: { teams: readonly string[]; personId: string };
  /** Strictly older than this (opened_at, id). */
  after?: { openedAt: number; id: string };
  /** Rows to read (the caller asks one more than a page to know whether another follows). */
  limit: number;
}

export async function selectEscalationPage(
  db: Db,
  dialect: DialectSql,
  page: EscalationPageQuery,
): Promise<EscalationRow[]> {
  let query = db.selectFrom('escalations').selectAll();
  const { triggers, locales } = page;
  if (triggers !== undefined && triggers.length > 0) {
    query = query.where(dialect.jsonArrayHasAny('context', 'reasons', 'trigger', triggers));
  }
  if (locales !== undefined && locales.length > 0) {
    // -> and ->> read the same on both dialects (SQLite takes a bare label as "$.label").
    const locale = sql<string | null>`lower(context -> 'case' ->> 'locale')`;
    query = query.where((eb) =>
      eb.or(locales.flatMap((value) => [eb(locale, '=', value), eb(locale, 'like', `${value}-%`)])),
    );
  }
  for (const [key, values] of Object.entries(page.anyOf) as Array<
    [keyof EscalationPageQuery['anyOf'], string[]]
  >) {
    query = query.where(key, 'in', values);
  }
  if (page.openedAtLeast !== undefined) {
    query = query.where('opened_at', '>=', page.openedAtLeast);
  }
  if (page.openedBefore !== undefined) {
    query = query.where('opened_at', '<', page.openedBefore);
  }
  if (page.updatedAtLeast !== undefined) {
    query = query.where('updated_at', '>=', page.updatedAtLeast);
  }
  if (page.openedBy !== undefined) {
    query = query.where('opened_by', '=', page.openedBy);
  }
  const visibleTo = page.visibleTo;
  if (visibleTo !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('team', 'in', visibleTo.teams.length === 0 ? [''] : [...visibleTo.teams]),
        eb('assignee', '=', visibleTo.personId),
      ]),
    );
  }
  const after = page.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('opened_at', '<', after.openedAt),
        eb.and([eb('opened_at', '=', after.openedAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  return query.orderBy('opened_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
}
