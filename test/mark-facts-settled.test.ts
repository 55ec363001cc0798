// Facts are marked settled a thousand rows a statement: every row of a page larger than one statement gets its own
// instant, the rows not in the page are left alone, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeJson } from '../src/store/json.js';
import { markFactsSettled } from '../src/store/queries/mark-facts-settled.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';

const ROWS = 2_345;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('marks each row of a page over several statements with its own instant, and no other row', async () => {
      const ids = Array.from({ length: ROWS + 10 }, (_, i) => `esc-${String(i).padStart(5, '0')}`);
      await store.transaction(async (trx) => {
        for (let from = 0; from < ids.length; from += 500) {
          await trx
            .insertInto('escalation_facts')
            .values(
              ids.slice(from, from + 500).map((id, i) => ({
                escalation_id: id,
                opened_at: from + i,
                team: 'support',
                category: 'done',
                facts: encodeJson({}),
                updated_at: 0,
                settled_at: null,
              })),
            )
            .execute();
        }
      });
      const settled = ids.slice(0, ROWS).map((id, i) => ({ id, settledAt: 1_700_000_000_000 + i }));
      await store.transaction((trx) => markFactsSettled(trx, settled));

      const rows = await store.db
        .selectFrom('escalation_facts')
        .select(['escalation_id', 'settled_at'])
        .orderBy('escalation_id')
        .execute();
      expect(rows).toHaveLength(ids.length);
      rows.forEach((row, i) => {
        expect(row.settled_at === null ? null : Number(row.settled_at), row.escalation_id).toBe(
          i < ROWS ? 1_700_000_000_000 + i : null,
        );
      });
    });
  });
}
