// Metric facts for a report: the escalations opened in a range, or every unfinished one (the backlog), of some teams.
import type { Db } from '../store.js';
import type { JsonText } from '../json.js';

export interface FactsFilter {
  /** null: every team. */
  teams: readonly string[] | null;
}

export async function selectFactsOpenedBetween(
  db: Db,
  from: number,
  to: number,
  { teams }: FactsFilter,
): Promise<JsonText[]> {
  let query = db
    .selectFrom('escalation_facts')
    .select('facts')
    .where('opened_at', '>=', from)
    .where('opened_at', '<', to);
  if (teams !== null) {
    query = query.where('team', 'in', teams.length === 0 ? [''] : [...teams]);
  }
  const rows = await query.orderBy('opened_at').execute();
  return rows.map((row) => row.facts);
}

/** The facts of escalations opened in some spans [from, to) of instants. */
export async function selectFactsOpenedIn(
  db: Db,
  spans: ReadonlyArray<readonly [number, number]>,
  { teams }: FactsFilter,
): Promise<JsonText[]> {
  if (spans.length === 0) {
    return [];
  }
  let query = db
    .selectFrom('escalation_facts')
    .select('facts')
    .where((eb) =>
      eb.or(spans.map(([from, to]) => eb.and([eb('opened_at', '>=', from), eb('opened_at', '<', to)]))),
    );
  if (teams !== null) {
    query = query.where('team', 'in', teams.length === 0 ? [''] : [...teams]);
  }
  const rows = await query.execute();
  return rows.map((row) => row.facts);
}

/** The facts the rollups do not count (not resolved) of escalations opened in a range. */
export async function selectUnsettledFactsBetween(
  db: Db,
  from: number,
  to: number,
  { teams }: FactsFilter,
): Promise<JsonText[]> {
  let query = db
    .selectFrom('escalation_facts')
    .select('facts')
    .where('settled_at', 'is', null)
    .where('opened_at', '>=', from)
    .where('opened_at', '<', to);
  if (teams !== null) {
    query = query.where('team', 'in', teams.length === 0 ? [''] : [...teams]);
  }
  const rows = await query.execute();
  return rows.map((row) => row.facts);
}

export async function selectUnfinishedFacts(db: Db, { teams }: FactsFilter): Promise<JsonText[]> {
  let query = db.selectFrom('escalation_facts').select('facts').where('category', 'in', ['open', 'paused']);
  if (teams !== null) {
    query = query.where('team', 'in', teams.length === 0 ? [''] : [...teams]);
  }
  const rows = await query.execute();
  return rows.map((row) => row.facts);
}
