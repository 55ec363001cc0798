// The playbook versions active before the current one, oldest first.
import type { Db } from '../store.js';
import { playbookActivationHistoryKey } from '../settings-keys.js';

/** Empty before a second version was ever activated. */
export async function selectPlaybookActivationHistory(db: Db): Promise<number[]> {
  const history = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', playbookActivationHistoryKey)
    .executeTakeFirst();
  return history === undefined ? [] : (JSON.parse(history.value) as number[]);
}
