// Rollup cells of one kind over some spans of their starts, of some teams: what a report merges.
import type { JsonText } from '../json.js';
import type { Db } from '../store.js';

export interface RollupCellRow {
  start: number;
  team: string;
  value: string;
  n: number;
  data: JsonText;
}

export async function selectRollupCells(
  db: Db,
  {
    dim,
    grain,
    spans,
    teams,
  }: {
    dim: string;
    grain: 'h' | 'd';
    /** [from, to) of cell starts; none: no cells. */
    spans: ReadonlyArray<readonly [number, number]>;
    /** null: every team. */
    teams: readonly string[] | null;
  },
): Promise<RollupCellRow[]> {
  if (spans.length === 0) {
    return [];
  }
  let query = db
    .selectFrom('metric_rollups')
    .select(['start', 'team', 'value', 'n', 'data'])
    .where('dim', '=', dim)
    .where('grain', '=', grain)
    .where((eb) => eb.or(spans.map(([from, to]) => eb.and([eb('start', '>=', from), eb('start', '<', to)]))));
  if (teams !== null) {
    query = query.where('team', 'in', teams.length === 0 ? [''] : [...teams]);
  }
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, start: Number(row.start), n: Number(row.n) }));
}
