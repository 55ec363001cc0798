// Demo: everyone in the playbook starts available; a person who already set their availability keeps it.
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { insertPersonAvailableIfNew } from '../../store/queries/insert-person-available-if-new.js';
import type { Store } from '../../store/store.js';

export async function seedAvailability(
  store: Store,
  runtime: PlaybookRuntime,
  clock: () => number,
): Promise<void> {
  for (const person of runtime.people.values()) {
    await insertPersonAvailableIfNew(store.db, person.id, clock());
  }
}
