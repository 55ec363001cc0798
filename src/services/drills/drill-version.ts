// A playbook version made ready for a drill: from YAML, from a stored version, or the active one.
import { compilePlaybook } from '../../core/decide/compile-playbook.js';
import { type DrillVersion, drillCounterStore } from '../../core/drills/run-drill.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import { HandoffError } from '../../errors.js';
import { selectActivePlaybookVersion } from '../../store/queries/select-active-playbook-version.js';
import { selectPlaybookYaml } from '../../store/queries/select-playbook-yaml.js';
import type { Db } from '../../store/store.js';
import type { Context } from '../../context.js';
import { assertScope } from '../authorize.js';

/** What a drill version is made from: its YAML, where it came from, its stored number (null for a file). */
export interface DrillSource {
  yaml: string;
  source: string;
  version: number | null;
}

/** Compiles YAML for one drill; each version counts frequency triggers in a store of its own. */
export function drillVersionOf(yaml: string, source: string, version: number | null = null): DrillVersion {
  const playbook = parsePlaybook(yaml, source);
  return {
    name: version === null ? source : playbook.name,
    version,
    decider: compilePlaybook(playbook, { counters: drillCounterStore() }),
  };
}

/** The YAML of a stored version, or of the active one when `version` is 'active'. */
export async function storedPlaybookYaml(
  db: Db,
  version: number | 'active',
  path: string,
): Promise<{ version: number; yaml: string }> {
  const wanted = version === 'active' ? await selectActivePlaybookVersion(db) : version;
  const row = wanted === null ? undefined : await selectPlaybookYaml(db, wanted);
  if (row === undefined) {
    throw new HandoffError(
      'not_found',
      version === 'active' ? 'no playbook is active' : `no playbook version ${version}`,
      {
        path,
      },
    );
  }
  return row;
}

/** A stored version (or the active one) to drill, for the CLI's `--against active`. */
export async function loadStoredDrillSource({
  ctx,
  version,
}: {
  ctx: Context;
  version: number | 'active';
}): Promise<DrillSource> {
  assertScope(ctx.actor, ['admin']);
  const row = await storedPlaybookYaml(ctx.store.db, version, 'against');
  return { yaml: row.yaml, source: `playbook v${row.version}`, version: row.version };
}

/** A stored version (or the active one) ready to drill. */
export async function loadStoredDrillVersion(input: {
  ctx: Context;
  version: number | 'active';
}): Promise<DrillVersion> {
  const source = await loadStoredDrillSource(input);
  return drillVersionOf(source.yaml, source.source, source.version);
}
