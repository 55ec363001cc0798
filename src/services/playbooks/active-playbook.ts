// Keeps the active playbook version compiled, and notices within a second when any node activates another.
import type { CounterStore } from '../../core/decide/counters.js';
import { makeMemoryCounterStore } from '../../core/decide/counters.js';
import { HandoffError } from '../../errors.js';
import { makePlaybookRuntime, type PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import { selectActivePlaybookVersion } from '../../store/queries/select-active-playbook-version.js';
import { selectPlaybookDefinition } from '../../store/queries/select-playbook-definition.js';
import type { Db } from '../../store/store.js';

export interface ActivePlaybook {
  /** The runtime of the active version; re-reads the setting at most every `recheckMs`. */
  get(): Promise<PlaybookRuntime>;
  /** Forget the cached version (after this node activated another). */
  invalidate(): void;
}

/**
 * Frequency counts live in one in-memory counter store shared by all versions of this node, so
 * activating a new version does not reset them.
 */
export function makeActivePlaybook(
  db: Db,
  clock: () => number,
  recheckMs = 1_000,
  counters: CounterStore = makeMemoryCounterStore(),
  // How the active version is read; a test holds it half-way.
  readActiveVersion: (db: Db) => Promise<number | null> = selectActivePlaybookVersion,
): ActivePlaybook {
  let cached: PlaybookRuntime | undefined;
  let checkedAt = -Infinity;
  let loading: Promise<PlaybookRuntime> | undefined;
  // Counts invalidations: a read that began before this node activated another version is read again, so two admins
  // activating at once never leave the node on the one that committed first.
  let generation = 0;
  const load = async (): Promise<PlaybookRuntime> => {
    const started = generation;
    const version = await readActiveVersion(db);
    if (version === null) {
      throw new HandoffError(
        'unavailable',
        'no playbook is active: start with --playbook FILE or --template NAME, or PUT /v1/playbook',
      );
    }
    let runtime = cached;
    if (runtime?.version !== version) {
      const row = await selectPlaybookDefinition(db, version);
      runtime = makePlaybookRuntime(version, parsePlaybook(row.yaml, `playbook v${version}`), counters);
    }
    if (started !== generation) {
      return load();
    }
    cached = runtime;
    checkedAt = clock();
    return runtime;
  };
  return {
    get() {
      if (cached !== undefined && clock() - checkedAt < recheckMs) {
        return Promise.resolve(cached);
      }
      loading ??= load().finally(() => {
        loading = undefined;
      });
      return loading;
    },
    invalidate() {
      checkedAt = -Infinity;
      generation += 1;
    },
  };
}
