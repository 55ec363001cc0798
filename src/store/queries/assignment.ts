// What assignment reads and locks: people's availability and open load, their rows' locks, the team's round-robin
// cursor. Where transactions run alone (SQLite), what a transaction read stays true until it commits, so the locks
// and the re-read under them are skipped here, and the verbs never ask which database runs.
import type { Transaction } from 'kysely';
import type { Tables } from '../tables.js';
import { compileOncePerCount } from './compile-once.js';
import { runsAlone } from './runs-alone.js';

/** A person's state as assignment needs it. People never marked available have no row: they are away. */
export interface PersonNow {
  available: boolean;
  openCount: number;
}

type PersonRow = { person_id: string; available: number; n: number };

/**
 * Whether each person is available, and their open escalations, in one statement. `statuses` and `ids` are two
 * lists in one item list of the longer one's length, the shorter padded with its first entry (IN ignores repeats).
 */
const selectPeople = compileOncePerCount<{ id: string; status: string }, PersonRow>((db, count, param) =>
  db
    .selectFrom('people_state as p')
    .select((eb) => [
      'p.person_id',
      'p.available',
      eb
        .selectFrom('escalations as e')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('e.assignee', '=', 'p.person_id')
        .where(
          'e.status',
          'in',
          Array.from({ length: count }, (_, i) => param('status', i)),
        )
        .as('n'),
    ])
    .where(
      'p.person_id',
      'in',
      Array.from({ length: count }, (_, i) => param('id', i)),
    ),
);

/** Locks the people's rows, in one order for every opening. */
const lockPeopleRows = compileOncePerCount<{ id: string }, { person_id: string }>((db, count, param) =>
  db
    .selectFrom('people_state')
    .select('person_id')
    .where(
      'person_id',
      'in',
      Array.from({ length: count }, (_, i) => param('id', i)),
    )
    .orderBy('person_id')
    .forUpdate(),
);

/** The availability and open load (escalations in one of `statuses`) of each of `ids`, in one statement. */
export async function selectPeopleNow(
  trx: Transaction<Tables>,
  ids: readonly string[],
  statuses: readonly string[],
): Promise<Map<string, PersonNow>> {
  const length = Math.max(ids.length, statuses.length);
  const items = Array.from({ length }, (_, i) => ({
    id: ids[i] ?? ids[0] ?? '',
    status: statuses[i] ?? statuses[0] ?? '',
  }));
  const rows = await selectPeople(trx, items);
  return new Map(
    rows.map((row) => [row.person_id, { available: Number(row.available) === 1, openCount: Number(row.n) }]),
  );
}

/**
 * Reads the people again after their rows were locked: at READ COMMITTED the statement starts after the locks were
 * granted, so it sees what their holders committed. Where transactions run alone, `seen` is still true.
 */
export async function reselectPeopleUnderLock(
  trx: Transaction<Tables>,
  ids: readonly string[],
  statuses: readonly string[],
  seen: Map<string, PersonNow>,
): Promise<Map<string, PersonNow>> {
  return runsAlone(trx) ? seen : selectPeopleNow(trx, ids, statuses);
}

/** Locks the rows of `ids` sorted by id (nothing to lock where transactions run alone). */
export async function lockPeople(trx: Transaction<Tables>, ids: readonly string[]): Promise<void> {
  if (runsAlone(trx) || ids.length === 0) {
    return;
  }
  await lockPeopleRows(
    trx,
    ids.map((id) => ({ id })),
  );
}

/**
 * Creates the team's cursor row or locks it (one upsert, as an UPDATE would lock), answering whom it last named.
 * `isCursorRead` false (a strategy with no cursor) only needs the lock, which a lone transaction does not.
 */
export async function takeAssignmentCursor(
  trx: Transaction<Tables>,
  team: string,
  now: number,
  isCursorRead: boolean,
): Promise<string | null> {
  if (!isCursorRead && runsAlone(trx)) {
    return null;
  }
  const cursor = await trx
    .insertInto('assignment_cursors')
    .values({ team, last_person_id: null, updated_at: now })
    .onConflict((oc) => oc.column('team').doUpdateSet({ updated_at: now }))
    .returning('last_person_id')
    .executeTakeFirst();
  return cursor?.last_person_id ?? null;
}

/** Moves the team's round-robin cursor to the person just chosen. */
export async function moveAssignmentCursor(
  trx: Transaction<Tables>,
  team: string,
  personId: string,
  now: number,
): Promise<void> {
  await trx
    .updateTable('assignment_cursors')
    .set({ last_person_id: personId, updated_at: now })
    .where('team', '=', team)
    .execute();
}
