// Reads the YAML of the active playbook version, or null when none is active.
import type { Db } from '../store.js';

export async function selectActivePlaybookYaml(db: Db): Promise<{ version: number; yaml: string } | null> {
  const setting = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'active_playbook_version')
    .executeTakeFirst();
  if (setting === undefined) {
    return null;
  }
  const version = Number(setting.value);
  const row = await db
    .selectFrom('playbook_versions')
    .select('yaml')
    .where('version', '=', version)
    .executeTakeFirst();
  return row === undefined ? null : { version, yaml: row.yaml };
}
