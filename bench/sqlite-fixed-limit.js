// The open-escalation read (src/store/queries/hot-queries.ts, selectLatestEscalations) on SQLite with its LIMIT
// written into the SQL, as Handoff runs it, against the same statement with the LIMIT bound as a parameter, as
// Kysely writes it by default. Same table shape and index as the escalations table, 50,000 rows.
// Run: node bench/sqlite-fixed-limit.js   (prints markdown)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const ROWS = 50_000;
const CALLS = 20_000;
const ROUNDS = 7;

const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-limit-'));
try {
  const db = new Database(join(dir, 'limit.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('cache_size = -65536');
  db.exec(`create table escalations (id text primary key, case_id text not null, opened_by text, opened_at bigint not null,
    status text not null, context text not null, brief text not null);
    create index escalations_opened_by_case_id on escalations (opened_by, case_id);`);
  const insert = db.prepare('insert into escalations values (?, ?, ?, ?, ?, ?, ?)');
  const context = JSON.stringify({ conversation: 'x'.repeat(1_500) });
  db.transaction(() => {
    for (let n = 0; n < ROWS; n += 1) {
      insert.run(
        `E${String(n).padStart(8, '0')}`,
        `case-${n}`,
        'key-1',
        1_795_000_000_000 + n,
        'assigned',
        context,
        '{}',
      );
    }
  })();
  const where =
    'select * from "escalations" where "case_id" = ? and "opened_by" = ? order by "opened_at" desc, "id" desc';
  const fixed = db.prepare(`${where} limit 5`);
  const bound = db.prepare(`${where} limit ?`);
  // Half the look-ups find the case (a later turn), half do not (a new case), as in a conversation's life.
  const caseOf = (i) => (i % 2 === 0 ? `case-${(i * 7) % ROWS}` : `new-${i}`);
  const time = (run) => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i += 1) {
      run(i);
    }
    return Number(process.hrtime.bigint() - started) / CALLS / 1_000;
  };
  const runs = { fixed: [], bound: [] };
  time((i) => fixed.all(caseOf(i), 'key-1'));
  time((i) => bound.all(caseOf(i), 'key-1', 5));
  for (let round = 0; round < ROUNDS; round += 1) {
    runs.fixed.push(time((i) => fixed.all(caseOf(i), 'key-1')));
    runs.bound.push(time((i) => bound.all(caseOf(i), 'key-1', 5)));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const [f, b] = [median(runs.fixed), median(runs.bound)];
  console.log('### The open-escalation read on SQLite: LIMIT written into the SQL vs bound\n');
  console.log(
    `${ROWS.toLocaleString('en-US')} rows, ${CALLS.toLocaleString('en-US')} look-ups a pass (half found, half new cases), median of ${ROUNDS} interleaved passes.\n`,
  );
  console.log('| statement | µs per look-up |\n| --- | ---: |');
  console.log(`| \`… limit 5\` (Handoff, fixedLimit) | ${f.toFixed(2)} |`);
  console.log(`| \`… limit ?\` (bound) | ${b.toFixed(2)} |`);
  console.log(`\nThe written LIMIT is **${(b / f).toFixed(2)}×** as fast.`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
