// The shadow version's compiled decider, kept per store like the active one: the evaluate path asks on every case,
// so with no shadow set it costs one cached look-up, and another node's change is seen within a second.
import type { Context } from '../../context.js';
import { compilePlaybook, type Decider } from '../../core/decide/compile-playbook.js';
import { makeMemoryCounterStore } from '../../core/decide/counters.js';
import type { Decision } from '../../core/decide/decision.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import { encodeJson } from '../../store/json.js';
import { selectPlaybookDefinition } from '../../store/queries/select-playbook-definition.js';
import { selectShadowPlaybookVersion } from '../../store/queries/select-shadow-playbook-version.js';
import type { Store } from '../../store/store.js';
import type { Db } from '../../store/store.js';

export interface ShadowRuntime {
  version: number;
  decider: Decider;
}

interface Cache {
  runtime: ShadowRuntime | null;
  checkedAt: number;
  loading: Promise<ShadowRuntime | null> | undefined;
}

const RECHECK_MS = 1_000;
const caches = new WeakMap<Store, Cache>();

async function load(db: Db, cache: Cache): Promise<ShadowRuntime | null> {
  const version = await selectShadowPlaybookVersion(db);
  if (version === null) {
    return null;
  }
  if (cache.runtime?.version === version) {
    return cache.runtime;
  }
  const row = await selectPlaybookDefinition(db, version);
  // Its own frequency counts: the candidate's triggers must not count the active version's cases twice.
  const decider = compilePlaybook(parsePlaybook(row.yaml, `playbook v${version}`), {
    counters: makeMemoryCounterStore(),
  });
  return { version, decider };
}

/** The version running in shadow, compiled; null when none is set. */
export function shadowRuntime(ctx: Context): ShadowRuntime | null | Promise<ShadowRuntime | null> {
  let cache = caches.get(ctx.store);
  if (cache === undefined) {
    cache = { runtime: null, checkedAt: -Infinity, loading: undefined };
    caches.set(ctx.store, cache);
  }
  const now = ctx.clock();
  if (now - cache.checkedAt < RECHECK_MS) {
    return cache.runtime;
  }
  const held = cache;
  held.loading ??= load(ctx.store.db, held)
    .then((runtime) => {
      held.runtime = runtime;
      held.checkedAt = now;
      return runtime;
    })
    .finally(() => {
      held.loading = undefined;
    });
  return held.loading;
}

/** Forget the cached shadow version (after this node set, cleared or promoted it). */
export function invalidateShadow(store: Store): void {
  const cache = caches.get(store);
  if (cache !== undefined) {
    cache.checkedAt = -Infinity;
  }
}

const routeText = (decision: Decision): string | null =>
  decision.route === null
    ? null
    : decision.route.tier === null
      ? decision.route.team
      : `${decision.route.team}/${decision.route.tier}`;

/** The row the evaluation writes beside its own: the candidate's decision, compared, never acted on. */
export function shadowDecisionRow(
  evaluationId: string,
  activeVersion: number,
  active: Decision,
  shadow: ShadowRuntime,
  candidate: Decision,
  now: number,
) {
  const activeRoute = routeText(active);
  const candidateRoute = routeText(candidate);
  const activePriority = active.action === 'continue' ? null : active.priority;
  const candidatePriority = candidate.action === 'continue' ? null : candidate.priority;
  const differs =
    active.action !== candidate.action ||
    activeRoute !== candidateRoute ||
    activePriority !== candidatePriority;
  return {
    evaluation_id: evaluationId,
    case_id: active.id,
    turn: active.turn,
    active_version: activeVersion,
    candidate_version: shadow.version,
    active_action: active.action,
    candidate_action: candidate.action,
    active_route: activeRoute,
    candidate_route: candidateRoute,
    active_priority: activePriority,
    candidate_priority: candidatePriority,
    differs: differs ? 1 : 0,
    decision: encodeJson(candidate),
    created_at: now,
  };
}
