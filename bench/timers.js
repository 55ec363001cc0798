// The timers worker on a SQLite file and on PostgreSQL: time per tick (a batch of due SLA breaches) with 10 thousand
// and with a million open escalations whose timers lie ahead, and the delay from due to fired when breaches come
// due at 200 per second.
// Run: npm run build && node bench/timers.js   (prints markdown; progress on stderr; about 2 minutes, 7 GB of disk)
// BENCH_DATABASES=sqlite (or postgres) runs one; BENCH_OPEN_ESCALATIONS (default 1,000,000) and
// BENCH_POSTGRES_OPEN_ESCALATIONS (default 200,000) set the large sizes.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import pino from 'pino';
import { loadTemplate } from '../dist/index.js';
import { evaluateCase } from '../dist/services/escalations/evaluate-case.js';
import { makePlaybookRuntime } from '../dist/core/playbook-runtime/playbook-runtime.js';
import { timerEffects } from '../dist/runtime/timers/timer-effects.js';
import { makeEventBus } from '../dist/runtime/events/event-bus.js';
import { openDatabase } from '../dist/store/database.js';
import { migrateToLatest } from '../dist/store/migrate.js';
import { scheduleTimers } from '../dist/store/queries/timers.js';
import { makeTimersWorker } from '../dist/runtime/timers/timers-worker.js';
import { startPostgresCluster } from './support/postgres-cluster.js';

const SMALL = 10_000;
const LARGE = Number(process.env.BENCH_OPEN_ESCALATIONS ?? 1_000_000);
/** Loading a million on PostgreSQL takes about 2.5 minutes here, so by default it gets fewer. */
const LARGE_POSTGRES = Number(process.env.BENCH_POSTGRES_OPEN_ESCALATIONS ?? 200_000);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((name) => name.trim());
const BATCH = 100;
const WARM_UP_TICKS = 10;
const TIMED_TICKS = 40;
const RATE_PER_SECOND = 200;
const RATE_SECONDS = 10;
const SQLITE_CHUNK = 20_000;
const POSTGRES_CHUNK = 100_000;

const log = (line) => process.stderr.write(`${line}\n`);
const number = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));
const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const sortedNumbers = (values) => [...values].sort((a, b) => a - b);

const logger = pino({ level: 'silent' });
const runtime = makePlaybookRuntime(1, loadTemplate('customer-support'));
/** When the first escalation opened: every open escalation's first SLA warning is 30 minutes after it. */
const OPENED = Date.now();
/** The fake clock of the timed ticks: past the planted breaches, before any other timer. */
const FAKE_NOW = OPENED + 60_000;
/** Escalations (by number) whose first-response breach is planted due, for the ticks. */
const dueRange = { from: 0, to: (WARM_UP_TICKS + TIMED_TICKS) * BATCH };
/** Escalations whose breaches come due at the fixed rate: none of the above. */
const firstAtRate = dueRange.to;

// Ids of copies: 26 characters like newId's, numbered, so both databases get the same ones cheaply.
const pad = (n) => String(n).padStart(19, '0');
const escalationId = (n) => `01BENCH${pad(n)}`;
const timerId = (serial) => `01TIMER${pad(serial)}`;

const scratch = mkdtempSync(join(tmpdir(), 'handoff-bench-timers-'));
// Killed (bench/run.js's time limit sends SIGTERM) or not, leave no cluster or gigabytes of files behind.
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
process.once('SIGTERM', () => process.exit(143));
process.once('SIGINT', () => process.exit(130));

/**
 * The model every open escalation is copied from: one opened through the real verb (customer-support template,
 * high priority: first response 1 h, resolution 1 d, warnings at 50/75/90 %), so its row, events and timers are
 * what production writes.
 */
async function openPrototype(url) {
  const store = await openDatabase(url);
  try {
    await migrateToLatest(store);
    const ctx = {
      store,
      clock: () => OPENED,
      logger,
      events: makeEventBus(),
      actor: { kind: 'admin', keyId: null, name: 'bench', personId: null },
      playbook: async () => runtime,
    };
    const conversation = [{ role: 'customer', text: 'Where is my order? I want to talk to a real person.' }];
    const { escalation } = await evaluateCase({
      ctx,
      input: { case: { id: 'prototype', turn: 1, conversation } },
    });
    const id = escalation.id;
    const prototype = {
      escalation: await store.db
        .selectFrom('escalations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
      events: await store.db
        .selectFrom('events')
        .selectAll()
        .where('escalation_id', '=', id)
        .orderBy('id')
        .execute(),
      timers: await store.db
        .selectFrom('timers')
        .selectAll()
        .where('escalation_id', '=', id)
        .orderBy('due_at')
        .execute(),
    };
    // Each clock holds one timer, for its next moment: the first-response clock's is its first warning.
    prototype.firstBreach = prototype.timers.findIndex(
      (timer) => JSON.parse(timer.data).metric === 'first_response',
    );
    return prototype;
  } finally {
    await store.close();
  }
}

/**
 * Copies n = from … to - 1 of the prototype straight into the SQLite file (better-sqlite3 prepared statements, big
 * transactions), copy n opened n ms after it; copies in `due` get their first-response breach due before FAKE_NOW.
 */
function loadSqlite(file, prototype, from, to, due) {
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = OFF');
  const insertFor = (table, row) => {
    const columns = Object.keys(row).filter((column) => !(table === 'events' && column === 'id'));
    const statement = database.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
    );
    return (values) => statement.run(values);
  };
  const insertEscalation = insertFor('escalations', prototype.escalation);
  const insertEvent = insertFor('events', prototype.events[0]);
  const insertTimer = insertFor('timers', prototype.timers[0]);
  const load = database.transaction((start, end) => {
    for (let n = start; n < end; n += 1) {
      const id = escalationId(n);
      insertEscalation({
        ...prototype.escalation,
        id,
        case_id: `bench-${n}`,
        opened_at: prototype.escalation.opened_at + n,
        updated_at: prototype.escalation.updated_at + n,
      });
      for (const event of prototype.events) {
        insertEvent({ ...event, escalation_id: id, at: event.at + n });
      }
      prototype.timers.forEach((timer, i) => {
        const isDueNow = i === prototype.firstBreach && n >= due.from && n < due.to;
        insertTimer({
          ...timer,
          id: timerId(n * prototype.timers.length + i),
          escalation_id: id,
          due_at: isDueNow ? FAKE_NOW - 1_000 + (n % 1_000) : timer.due_at + n,
        });
      });
    }
  });
  for (let start = from; start < to; start += SQLITE_CHUNK) {
    load(start, Math.min(to, start + SQLITE_CHUNK));
    if ((start / SQLITE_CHUNK) % 10 === 9) {
      log(`  loaded ${number(Math.min(to, start + SQLITE_CHUNK))} open escalations`);
    }
  }
  database.pragma('wal_checkpoint(TRUNCATE)');
  database.close();
}

/**
 * The same copies on PostgreSQL, made by the server (INSERT … SELECT over generate_series, one statement per
 * prototype row and chunk).
 */
async function loadPostgres(url, prototype, from, to, due) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const typesOf = async (table) =>
      new Map(
        (
          await client.query(
            'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1',
            [table],
          )
        ).rows.map((row) => [row.column_name, row.data_type]),
      );
    /** One INSERT … SELECT: `computed` columns are SQL over n, the rest the prototype's values as parameters. */
    const copy = async (table, row, computed, start, end) => {
      const types = await typesOf(table);
      const columns = Object.keys(row).filter((column) => !(table === 'events' && column === 'id'));
      const values = [start, end - 1];
      const expressions = columns.map((column) => {
        if (column in computed) {
          return computed[column];
        }
        values.push(row[column]);
        return `$${values.length}::${types.get(column)}`;
      });
      await client.query(
        `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${expressions.join(', ')} FROM generate_series($1::bigint, $2::bigint) AS n`,
        values,
      );
    };
    const id = `'01BENCH' || lpad(n::text, 19, '0')`;
    for (let start = from; start < to; start += POSTGRES_CHUNK) {
      const end = Math.min(to, start + POSTGRES_CHUNK);
      const { escalation } = prototype;
      await client.query('BEGIN');
      await copy(
        'escalations',
        escalation,
        {
          id,
          case_id: `'bench-' || n`,
          opened_at: `${escalation.opened_at} + n`,
          updated_at: `${escalation.updated_at} + n`,
        },
        start,
        end,
      );
      for (const event of prototype.events) {
        await copy('events', event, { escalation_id: id, at: `${event.at} + n` }, start, end);
      }
      for (const [i, timer] of prototype.timers.entries()) {
        const later = `${timer.due_at} + n`;
        const dueAt =
          i === prototype.firstBreach
            ? `CASE WHEN n >= ${due.from} AND n < ${due.to} THEN ${FAKE_NOW - 1_000} + n % 1000 ELSE ${later} END`
            : later;
        const serial = `n * ${prototype.timers.length} + ${i}`;
        await copy(
          'timers',
          timer,
          { id: `'01TIMER' || lpad((${serial})::text, 19, '0')`, escalation_id: id, due_at: dueAt },
          start,
          end,
        );
      }
      await client.query('COMMIT');
      log(`  loaded ${number(end)} open escalations`);
    }
    // Settled as a long-running database would be: statistics fresh, nothing left for autovacuum or the checkpointer
    // to do while the ticks are timed.
    await client.query('VACUUM ANALYZE');
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
}

/**
 * Times ticks of BATCH due breaches each on a fake clock at FAKE_NOW, on every database in turn (alternating which
 * goes first), so all of them see the same machine conditions; WARM_UP_TICKS untimed ticks first.
 */
async function timeTicks(databases) {
  const stores = await Promise.all(databases.map((database) => openDatabase(database.url)));
  try {
    const workers = stores.map((store) =>
      makeTimersWorker({
        store,
        clock: () => FAKE_NOW,
        logger,
        events: makeEventBus(),
        playbook: async () => runtime,
        effects: timerEffects,
        nodeId: 'bench',
        batch: BATCH,
      }),
    );
    const times = databases.map(() => []);
    for (let round = 0; round < WARM_UP_TICKS + TIMED_TICKS; round += 1) {
      const order = round % 2 === 0 ? workers.keys() : [...workers.keys()].reverse();
      for (const i of order) {
        const started = performance.now();
        const fired = await workers[i].tick();
        const took = performance.now() - started;
        if (fired !== BATCH) {
          throw new Error(`a tick fired ${fired} timers, not ${BATCH}`);
        }
        if (round >= WARM_UP_TICKS) {
          times[i].push(took);
        }
      }
    }
    return await Promise.all(
      stores.map(async (store, i) => {
        const counts = await store.db
          .selectFrom('timers')
          .select((eb) => [eb.fn.countAll().as('all'), eb.fn.count('fired_at').as('fired')])
          .executeTakeFirstOrThrow();
        const sorted = sortedNumbers(times[i]);
        return {
          open: databases[i].open,
          timers: Number(counts.all),
          unfired: Number(counts.all) - Number(counts.fired),
          median: quantile(sorted, 0.5),
          p90: quantile(sorted, 0.9),
        };
      }),
    );
  } finally {
    await Promise.all(stores.map((store) => store.close()));
  }
}

/**
 * Breaches of 2,000 open escalations coming due at RATE_PER_SECOND for RATE_SECONDS, the worker running on the real
 * clock with its defaults (batches of 50, polling at most every 250 ms). Delay = fired_at - due_at as the timer
 * records it, and until its event is published (after commit).
 */
async function measureDelay(url, prototype) {
  const store = await openDatabase(url);
  try {
    const count = RATE_PER_SECOND * RATE_SECONDS;
    const ids = Array.from({ length: count }, (_, i) => escalationId(firstAtRate + i));
    const start = Date.now() + 2_000;
    const interval = 1_000 / RATE_PER_SECOND;
    const breachData = JSON.parse(prototype.timers[prototype.firstBreach].data);
    await store.transaction((trx) =>
      scheduleTimers(
        trx,
        ids.map((id, i) => ({
          escalationId: id,
          kind: 'sla_breach',
          dueAt: Math.round(start + i * interval),
          data: { ...breachData, key: `bench-rate:${i}` },
        })),
      ),
    );
    const committed = [];
    const events = {
      publish(written) {
        const at = Date.now();
        for (const event of written) {
          if (event.type === 'sla_breached') {
            committed.push(at - Date.parse(event.data.dueAt));
          }
        }
      },
      subscribe: () => () => undefined,
    };
    const worker = makeTimersWorker({
      store,
      clock: Date.now,
      logger,
      events,
      playbook: async () => runtime,
      effects: timerEffects,
      nodeId: 'bench',
    });
    worker.start();
    const deadline = start + RATE_SECONDS * 1_000 + 30_000;
    while (committed.length < count && Date.now() < deadline) {
      await sleep(100);
    }
    await worker.stop();
    if (committed.length !== count) {
      throw new Error(`only ${committed.length} of ${count} breaches fired`);
    }
    const rows = await store.db
      .selectFrom('timers')
      .select(['due_at', 'fired_at'])
      .where('escalation_id', 'in', ids)
      .where('kind', '=', 'sla_breach')
      .where('due_at', '>=', start)
      .where('fired_at', 'is not', null)
      .execute();
    if (rows.length !== count) {
      throw new Error(`${rows.length} breaches marked fired, not ${count}`);
    }
    const recorded = sortedNumbers(rows.map((row) => Number(row.fired_at) - Number(row.due_at)));
    const seen = sortedNumbers(committed);
    return {
      count,
      recorded: { p50: quantile(recorded, 0.5), p99: quantile(recorded, 0.99), max: recorded.at(-1) },
      committed: { p50: quantile(seen, 0.5), p99: quantile(seen, 0.99), max: seen.at(-1) },
    };
  } finally {
    await store.close();
  }
}

/**
 * Both measurements for one kind of database, given a small and a large one (each `{ url, open, load, size }`):
 * fill each with copies of its own prototype, time ticks on both in turn, then the fixed rate on the large one.
 */
async function measure(name, small, large) {
  log(`${name}: ${number(small.open)} open escalations`);
  await small.load(await openPrototype(small.url), 0, small.open, dueRange);
  log(`${name}: ${number(large.open)} open escalations`);
  const prototype = await openPrototype(large.url);
  const loadStarted = Date.now();
  await large.load(prototype, 0, large.open, dueRange);
  const loadSeconds = (Date.now() - loadStarted) / 1_000;
  log(`${name}: ticks of ${BATCH}, in turn on both`);
  const [smallTicks, largeTicks] = await timeTicks([small, large]);
  log(
    `${name}: median tick ${ms(smallTicks.median)} ms and ${ms(largeTicks.median)} ms; ${RATE_PER_SECOND} breaches/s for ${RATE_SECONDS} s`,
  );
  const delay = await measureDelay(large.url, prototype);
  return {
    name,
    prototype,
    small: smallTicks,
    large: largeTicks,
    delay,
    loadSeconds,
    megabytes: (await large.size()) / 2 ** 20,
  };
}

const loadBefore = loadavg()[0];
const results = [];
let postgresVersion = '';
if (DATABASES.includes('sqlite')) {
  const sqlite = (open) => {
    const file = join(scratch, `open-${open}.db`);
    return {
      url: `sqlite:${file}`,
      open,
      load: async (prototype, from, to, due) => loadSqlite(file, prototype, from, to, due),
      size: async () => statSync(file).size,
      remove: () => rmSync(file, { force: true }),
    };
  };
  const [small, large] = [sqlite(SMALL), sqlite(LARGE)];
  results.push(await measure('SQLite', small, large));
  small.remove();
  large.remove();
}
if (DATABASES.includes('postgres')) {
  // Room for the bulk load's WAL between checkpoints (after each one the next writes log whole pages again);
  // commits stay durable.
  const cluster = await startPostgresCluster({ max_wal_size: '16GB', checkpoint_timeout: '30min' });
  postgresVersion = cluster.version;
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    const postgres = async (open) => {
      const name = `handoff_bench_${open}`;
      await admin.query(`CREATE DATABASE ${name}`);
      const url = cluster.url.replace(/\/postgres$/, `/${name}`);
      return {
        url,
        open,
        load: (prototype, from, to, due) => loadPostgres(url, prototype, from, to, due),
        size: async () =>
          Number((await admin.query('SELECT pg_database_size($1) AS bytes', [name])).rows[0].bytes),
      };
    };
    results.push(await measure('PostgreSQL', await postgres(SMALL), await postgres(LARGE_POSTGRES)));
    await admin.end();
  } finally {
    cluster.stop();
  }
}

const [first] = results;
const lines = [
  '### Timers worker: time per tick as open escalations grow',
  '',
  `Open escalations are copies of one opened through \`evaluateCase\` (customer-support template, high priority: ` +
    `${first.prototype.timers.length} SLA timers ahead and ${first.prototype.events.length} events each), bulk-loaded ` +
    `(SQLite: better-sqlite3 prepared statements in big transactions; PostgreSQL: INSERT … SELECT over ` +
    `generate_series, then VACUUM ANALYZE and CHECKPOINT). A tick is one \`worker.tick()\` on a fake clock: take ` +
    `${BATCH} due first-response SLA timers (\`FOR UPDATE SKIP LOCKED\` on PostgreSQL), write each one's ` +
    `\`sla_warning\` event, plan the clock's next moment and mark it fired, in one transaction with a durable commit. A small and a large ` +
    `database of each kind take turns, ${TIMED_TICKS} timed ticks each after ${WARM_UP_TICKS} warm-up ticks; median and p90.`,
  '',
  '| database | open escalations | timers in the table | unfired | ms per tick (median) | p90 | µs per timer |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.flatMap((result) =>
    [result.small, result.large].map(
      (row) =>
        `| ${result.name} | ${number(row.open)} | ${number(row.timers)} | ${number(row.unfired)} | ${ms(row.median)} | ` +
        `${ms(row.p90)} | ${number((row.median * 1_000) / BATCH)} |`,
    ),
  ),
  '',
  ...results.map(
    ({ name, small, large, megabytes, loadSeconds }) =>
      `${name}: with ${number(large.open / small.open)}× the open escalations a tick takes ` +
      `**${(large.median / small.median).toFixed(2)}×** as long (target: flat). ${number(large.open)} open escalations ` +
      `made ${number(megabytes)} MiB and took ${loadSeconds.toFixed(0)} s to load.`,
  ),
  ...(results.some((result) => result.name === 'PostgreSQL') && LARGE_POSTGRES < LARGE
    ? [
        '',
        `PostgreSQL stops at ${number(LARGE_POSTGRES)} because loading a million takes minutes; ` +
          '`BENCH_POSTGRES_OPEN_ESCALATIONS=1000000 node bench/timers.js` runs it.',
      ]
    : []),
  '',
  `### Timers worker: delay from due to fired at ${RATE_PER_SECOND} breaches per second`,
  '',
  `${number(first.delay.count)} breaches due one every ${1_000 / RATE_PER_SECOND} ms for ${RATE_SECONDS} s on the ` +
    `large database; the worker as the server runs it (\`start()\`, real clock, batches of 50, sleeping until the next ` +
    `due time, at most 250 ms). \`fired_at\` is the clock when the firing transaction began; "committed" is when the ` +
    `worker published the event, after its commit.`,
  '',
  '| database | open escalations | `fired_at - due_at` p50 | p99 | max | due → committed p50 | p99 | max |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    ({ name, large, delay: { recorded, committed } }) =>
      `| ${name} | ${number(large.open)} | ${number(recorded.p50)} ms | ${number(recorded.p99)} ms | ` +
      `${number(recorded.max)} ms | ${number(committed.p50)} ms | ${number(committed.p99)} ms | ${number(committed.max)} ms |`,
  ),
  '',
  ...results.map(
    ({ name, delay }) =>
      `${name}: p99 from due to committed ${number(delay.committed.p99)} ms ` +
      `(target: under 1 s, ${delay.committed.p99 < 1_000 ? 'met' : '**not met**'}).`,
  ),
  '',
  `SQLite: files in ${tmpdir()} (WAL, each commit fsynced before it is acknowledged). ` +
    (postgresVersion
      ? `PostgreSQL: ${postgresVersion}, a fresh cluster with its default durable settings. `
      : '') +
    `Load average before the run: ${loadBefore.toFixed(2)}.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
