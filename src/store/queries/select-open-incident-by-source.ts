// The open incident an automation opened, if any: the next escalation it matches joins it instead of opening another.
import type { Db } from '../store.js';
import { fixedLimit } from './fixed-limit.js';
import type { IncidentRow } from './select-incident-row.js';

export async function selectOpenIncidentBySource(db: Db, source: string): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('source', '=', source)
    .where('status', '=', 'open')
    .orderBy('opened_at', 'desc')
    .limit(fixedLimit(1))
    .executeTakeFirst();
}
