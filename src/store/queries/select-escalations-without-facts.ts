// Escalations that have no metric facts row yet (opened before facts were kept), a page at a time.
import type { Db } from '../store.js';

export async function selectEscalationsWithoutFacts(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('escalations as e')
    .leftJoin('escalation_facts as f', 'f.escalation_id', 'e.id')
    .where('f.escalation_id', 'is', null)
    .select('e.id')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}
