// Rows and small queries shared by the store suites.
import type { Insertable } from 'kysely';
import { encodeJson } from '../src/store/json.js';
import type { Db } from '../src/store/store.js';
import type { EscalationsTable } from '../src/store/tables.js';

export const t0 = Date.UTC(2026, 10, 20, 10, 0, 0);

export function escalation(
  id: string,
  overrides: Partial<Insertable<EscalationsTable>> = {},
): Insertable<EscalationsTable> {
  return {
    id,
    case_id: `case-${id}`,
    case_turn: 1,
    status: 'open',
    priority: 'high',
    team: 'billing',
    origin: 'evaluate',
    playbook_version: 1,
    context: encodeJson({ case: { id: `case-${id}` } }),
    brief: encodeJson({ summary: 'x' }),
    tags: encodeJson([]),
    fields: encodeJson({}),
    opened_at: t0,
    updated_at: t0,
    ...overrides,
  };
}

/** What a JSON value should read back as: plain JSON, with NUL and lone surrogates as U+FFFD. */
export function storable(value: unknown): unknown {
  const clean = (text: string) =>
    text.replace(/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      return clean(v);
    }
    if (Array.isArray(v)) {
      return v.map(walk);
    }
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [clean(k), walk(x)]));
    }
    return v;
  };
  return JSON.parse(JSON.stringify(walk(value)));
}

export async function count(db: Db, table: 'escalations' | 'events'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
