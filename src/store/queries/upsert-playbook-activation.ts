// Records an activation: the active version, then the history of those active before it.
import type { Transaction } from 'kysely';
import { activePlaybookVersionKey, playbookActivationHistoryKey } from '../settings-keys.js';
import type { Tables } from '../tables.js';

export async function upsertPlaybookActivation(
  trx: Transaction<Tables>,
  active: number,
  history: readonly number[],
): Promise<void> {
  for (const [key, value] of [
    [activePlaybookVersionKey, String(active)],
    [playbookActivationHistoryKey, JSON.stringify(history)],
  ] as const) {
    await trx
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
