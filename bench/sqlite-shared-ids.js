// What one id space for escalation and incident events costs on SQLite (migration 0016, docs/adr/0005): a trigger on
// each events table raises the other's counter after every insert. Escalation events inserted into tables shaped like
// the store's, with the two triggers the migration creates, against the same tables without them, taking turns.
// Run: node bench/sqlite-shared-ids.js   (prints markdown)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const TRANSACTIONS = 2_000;
const EVENTS_PER_TRANSACTION = 4;
const ROUNDS = 7;

const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-shared-ids-'));

function pass(withTriggers, round) {
  const db = new Database(join(dir, `events-${withTriggers}-${round}.db`));
  try {
    db.pragma('journal_mode = WAL');
    db.exec(`create table events (id integer primary key autoincrement, escalation_id text not null, type text not null,
        data text not null, at bigint not null);
      create table incident_events (id integer primary key autoincrement, incident_id text not null,
        type text not null, data text not null, at bigint not null);
      insert into incident_events (incident_id, type, data, at) values ('I1', 'incident_opened', '{}', 0);`);
    if (withTriggers) {
      db.exec(`create trigger events_raises_incident_events_ids after insert on events begin
          update sqlite_sequence set seq = new.id where name = 'incident_events' and seq < new.id; end;
        create trigger incident_events_raises_events_ids after insert on incident_events begin
          update sqlite_sequence set seq = new.id where name = 'events' and seq < new.id; end;`);
    }
    const insert = db.prepare('insert into events (escalation_id, type, data, at) values (?, ?, ?, ?)');
    const data = JSON.stringify({ by: 'worker', note: 'first-response SLA warning', due: 1_795_000_000_000 });
    const write = db.transaction((base) => {
      for (let n = 0; n < EVENTS_PER_TRANSACTION; n += 1) {
        insert.run(`E${base}`, 'sla_warning', data, 1_795_000_000_000 + base);
      }
    });
    const started = process.hrtime.bigint();
    for (let t = 0; t < TRANSACTIONS; t += 1) {
      write(t);
    }
    return Number(process.hrtime.bigint() - started) / (TRANSACTIONS * EVENTS_PER_TRANSACTION) / 1_000;
  } finally {
    db.close();
  }
}

try {
  const runs = { without: [], with: [] };
  pass(false, -1);
  pass(true, -1);
  for (let round = 0; round < ROUNDS; round += 1) {
    runs.without.push(pass(false, round));
    runs.with.push(pass(true, round));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const [without, withTriggers] = [median(runs.without), median(runs.with)];
  console.log('### SQLite: one id space for escalation and incident events\n');
  console.log(
    `${TRANSACTIONS.toLocaleString('en-US')} transactions of ${EVENTS_PER_TRANSACTION} escalation events a pass (WAL), median of ${ROUNDS} interleaved passes.\n`,
  );
  console.log('| tables | µs per event inserted |\n| --- | ---: |');
  console.log(`| with the two counter triggers (Handoff, migration 0016) | ${withTriggers.toFixed(2)} |`);
  console.log(`| without | ${without.toFixed(2)} |`);
  console.log(
    `\nThe triggers make an insert **${(withTriggers / without).toFixed(2)}×** as long (${(withTriggers - without).toFixed(2)} µs more an event).`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
