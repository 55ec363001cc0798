// GET /v1/metrics's work (the getMetrics verb, as the route runs it) over a million escalations opened evenly over
// 30 days, on a SQLite file and on PostgreSQL: the default report (the last 7 days to now) and the last day, week
// and 30 days, now being 17 min 23 s past the hour (so the range's ends are read from rows). The facts rows and their
// rollup cells are computed in JS once (the cells by the write path's makeRollupDeltas and newRollupRow, so they are
// the cells the write path makes) and bulk-loaded: multi-row INSERTs on SQLite, INSERT … SELECT unnest on PostgreSQL.
// Run: npm run build && node bench/metrics-report.js   (prints markdown; progress on stderr)
// BENCH_DATABASES=sqlite (or postgres) runs one; BENCH_METRICS_ESCALATIONS and BENCH_POSTGRES_METRICS_ESCALATIONS
// (default 1,000,000 each) set the sizes; BENCH_REUSE=1 keeps the loaded SQLite file in the temp dir for the next run.
// BENCH_RUNS (default 5) runs of each report; BENCH_METRICS_ONLY=TEXT measures the reports whose label holds TEXT;
// BENCH_DUMP=DIR writes each report's JSON there (to compare builds); BENCH_REBUILD=1 then times the upgrade to 0015 (its migration and the first report's rebuild of every cell).
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { templateText } from '../dist/services/playbooks/templates.js';
import { seedPlaybook } from '../dist/services/playbooks/playbook-versions.js';
import { makeActivePlaybook } from '../dist/services/playbooks/active-playbook.js';
import { makeRollupDeltas } from '../dist/core/metrics/rollup-cells.js';
import { groupKeys } from '../dist/core/metrics/metrics-report.js';
import { newRollupRow } from '../dist/services/lifecycle/refresh-escalation-facts.js';
import { getMetrics, reportMetrics } from '../dist/services/metrics/get-metrics.js';
import { backfillMetricRollups } from '../dist/services/metrics/backfill-escalation-facts.js';
import { rollupsRebuild } from '../dist/store/migrations/0015-rollups-rebuild.js';
import { sql } from 'kysely';
import { checkMetricsQuery } from '../dist/services/metrics/metrics-query.js';
import { openDatabase } from '../dist/store/database.js';
import { migrateToLatest } from '../dist/store/migrate.js';
import { startPostgresCluster } from './support/postgres-cluster.js';

const SQLITE_COUNT = Number(process.env.BENCH_METRICS_ESCALATIONS ?? 1_000_000);
const POSTGRES_COUNT = Number(process.env.BENCH_POSTGRES_METRICS_ESCALATIONS ?? 1_000_000);
let COUNT = SQLITE_COUNT;
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((name) => name.trim());
const DAY = 86_400_000;
const END = Date.parse('2026-11-30T00:00:00Z');
const START = END - 30 * DAY;
const NOW = END + 17 * 60_000 + 23_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const log = (line) => process.stderr.write(`${line}\n`);
const teams = ['support', 'billing', 'tech', 'legal', 'sales', 'vip', 'returns', 'fraud'];
const statuses = ['new', 'assigned', 'in_progress', 'waiting_on_customer'];

/** A plausible finished escalation's facts, as refreshEscalationFacts writes them. */
function factsOf(n) {
  const openedAt = START + Math.floor((n / COUNT) * 30 * DAY);
  const first = 60_000 + ((n * 7919) % 7_200_000);
  const resolution = first + ((n * 104_729) % 86_400_000);
  const team = teams[n % teams.length];
  return {
    id: `01BENCH${String(n).padStart(19, '0')}`,
    caseId: `case-${n}`,
    openedAt,
    firstMessageAt: openedAt - 120_000,
    team,
    tier: `L${(n % 3) + 1}`,
    assignee: `p${n % 60}`,
    firstTaker: `p${n % 60}`,
    priority: ['low', 'normal', 'high', 'urgent'][n % 4],
    channel: n % 2 === 0 ? 'chat' : 'email',
    locale: n % 3 === 0 ? 'tr' : 'en',
    trigger: `trigger-${n % 12}`,
    playbookVersion: 1,
    status: 'resolved',
    category: 'done',
    statusSince: openedAt + resolution,
    firstResponseAt: openedAt + first,
    firstResponseMs: first,
    firstResponseBusinessMs: Math.floor(first * 0.6),
    resolvedAt: openedAt + resolution,
    resolutionMs: resolution + 120_000,
    outcome: n % 17 === 0 ? 'false_escalation' : 'resolved',
    reroutes: n % 9 === 0 ? 1 : 0,
    tierChanges: 0,
    reassignments: 0,
    reopens: n % 23 === 0 ? 1 : 0,
    handedBack: false,
    firstContactResolution: n % 9 !== 0 && n % 23 !== 0,
    approvalRequestedAt: null,
    approvalDecidedAt: null,
    sla: { first_response: n % 11 === 0 ? 'breached' : 'met', resolution: 'met' },
    nextDueAt: null,
    statusDwell: { [statuses[n % 4]]: first, in_progress: resolution - first },
    teamDwell: {},
    teamSince: openedAt,
  };
}

/** The facts rows and rollup cells of `count` escalations, the cells summed with the write path's own functions. */
function datasetOf(count) {
  const deltas = makeRollupDeltas();
  const facts = [];
  for (let n = 0; n < count; n += 1) {
    const item = factsOf(n);
    facts.push([
      item.id,
      item.openedAt,
      item.team,
      item.category,
      JSON.stringify(item),
      item.resolvedAt,
      item.resolvedAt,
    ]);
    deltas.add(item, 1);
  }
  const cells = deltas.changed().map((cell) => {
    const row = newRollupRow(cell);
    return [row.key, row.grain, row.start, row.dim, row.team, row.value, row.n, row.data];
  });
  return { facts, cells };
}

let computed = null;
/** The dataset of COUNT escalations, computed once for both databases. */
function dataset() {
  if (computed?.count !== COUNT) {
    computed = { count: COUNT, data: datasetOf(COUNT) };
  }
  return computed.data;
}

const factColumns = ['escalation_id', 'opened_at', 'team', 'category', 'facts', 'updated_at', 'settled_at'];
const cellColumns = ['key', 'grain', 'start', 'dim', 'team', 'value', 'n', 'data'];

/** SQLite: multi-row INSERTs, 500 rows a statement, 100,000 rows a transaction, on a connection of its own. */
function loadSqlite(file, { facts, cells }) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = (table, columns, rows) => {
    const ROWS = 500;
    const one = `(${columns.map(() => '?').join(',')})`;
    const full = db.prepare(
      `INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array(ROWS).fill(one).join(',')}`,
    );
    const write = db.transaction((slice) => {
      for (let i = 0; i < slice.length; i += ROWS) {
        const part = slice.slice(i, i + ROWS);
        const statement =
          part.length === ROWS
            ? full
            : db.prepare(
                `INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array(part.length).fill(one).join(',')}`,
              );
        statement.run(part.flat());
      }
    });
    for (let i = 0; i < rows.length; i += 100_000) {
      write(rows.slice(i, i + 100_000));
    }
  };
  insert('escalation_facts', factColumns, facts);
  insert('metric_rollups', cellColumns, cells);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
}

/** PostgreSQL: INSERT … SELECT FROM unnest(arrays), 10,000 rows a statement, one transaction. */
async function loadPostgres(url, { facts, cells }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const insert = async (table, columns, types, rows) => {
    const params = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
    const casts = columns.map((column, i) =>
      (types[i] === 'text' && column === 'data') || column === 'facts' ? `${column}::jsonb` : column,
    );
    const text = `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${casts.join(', ')} FROM unnest(${params}) AS t(${columns.join(', ')})`;
    for (let i = 0; i < rows.length; i += 10_000) {
      const slice = rows.slice(i, i + 10_000);
      await client.query(
        text,
        columns.map((_, c) => slice.map((row) => row[c])),
      );
    }
  };
  await client.query('BEGIN');
  await insert(
    'escalation_facts',
    factColumns,
    ['text', 'bigint', 'text', 'text', 'text', 'bigint', 'bigint'],
    facts,
  );
  await insert(
    'metric_rollups',
    cellColumns,
    ['text', 'text', 'bigint', 'text', 'text', 'text', 'integer', 'text'],
    cells,
  );
  await client.query('COMMIT');
  await client.query('VACUUM ANALYZE escalation_facts');
  await client.query('VACUUM ANALYZE metric_rollups');
  await client.end();
}

/**
 * Where BENCH_REUSE=1 keeps a loaded SQLite file: named by the size, the migrations and the rows and cells the
 * code makes now (those of the first 3,000 escalations, as a fingerprint).
 */
function cachedFile() {
  const hash = createHash('sha256');
  hash.update(readFileSync(new URL('../dist/store/migrate.js', import.meta.url)));
  const sample = datasetOf(3_000);
  hash.update(JSON.stringify(sample.facts.slice(0, 100)));
  hash.update(JSON.stringify(sample.cells));
  const dir = join(tmpdir(), 'handoff-bench-metrics-cache');
  mkdirSync(dir, { recursive: true });
  return join(dir, `metrics-${COUNT}-${hash.digest('hex').slice(0, 12)}.db`);
}

async function measure(name, url) {
  const reuse = name === 'SQLite' && process.env.BENCH_REUSE === '1' ? cachedFile() : null;
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : null;
  const isCached = reuse !== null && existsSync(reuse);
  if (isCached && file !== null) {
    copyFileSync(reuse, file);
    log(`${name}: reusing ${reuse}`);
  }
  const store = await openDatabase(url);
  try {
    await migrateToLatest(store);
    if (!isCached) {
      await seedPlaybook(store, templateText('customer-support'), 'bench', END);
      log(`${name}: computing ${COUNT.toLocaleString('en-US')} escalations' facts and rollup cells`);
      const started = performance.now();
      const data = dataset();
      log(`  computed in ${Math.round((performance.now() - started) / 1000)} s`);
      const loadStarted = performance.now();
      if (file !== null) {
        loadSqlite(file, data);
      } else {
        await loadPostgres(url, data);
      }
      log(`  loaded in ${Math.round((performance.now() - loadStarted) / 1000)} s`);
      if (reuse !== null && file !== null) {
        copyFileSync(file, reuse);
      }
    }
    const cells = await store.db
      .selectFrom('metric_rollups')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    log(`  ${Number(cells.count).toLocaleString('en-US')} rollup cells`);
    const playbook = makeActivePlaybook(store.db, () => NOW);
    const ctx = {
      store,
      clock: () => NOW,
      logger: pino({ level: 'silent' }),
      actor: { kind: 'admin', keyId: null, name: 'bench', personId: null },
      events: { publish: () => undefined, subscribe: () => () => undefined },
      playbook: () => playbook.get(),
    };
    const rows = [];
    const groupings = groupKeys;
    const only = process.env.BENCH_METRICS_ONLY ?? '';
    const ranges = [
      ['default (7 d to now)', {}],
      ...[1, 7].map((days) => [
        `${days} d, group_by=team, tz=Europe/Istanbul`,
        { from: new Date(NOW - days * DAY).toISOString(), group_by: 'team', tz: 'Europe/Istanbul' },
      ]),
      // Every grouping per day (in a zone with its own day boundaries) and per hour over 30 days, and per day over
      // 90 days (the data covers the last 30 of them).
      ...[30, 90].flatMap((days) =>
        [null, ...groupings].map((group) => [
          `${days} d${group === null ? '' : `, group_by=${group}`}, tz=Europe/Istanbul`,
          {
            from: new Date(NOW - days * DAY).toISOString(),
            tz: 'Europe/Istanbul',
            ...(group === null ? {} : { group_by: group }),
          },
        ]),
      ),
      ...[null, ...groupings].map((group) => [
        `30 d${group === null ? '' : `, group_by=${group}`}, interval=hour`,
        {
          from: new Date(NOW - 30 * DAY).toISOString(),
          interval: 'hour',
          ...(group === null ? {} : { group_by: group }),
        },
      ]),
    ].filter(([label]) => only === '' || label.includes(only));
    for (const [label, input] of ranges) {
      const times = [];
      const cpu = [];
      let escalations = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        const cpuStarted = process.cpuUsage();
        const report = await getMetrics({ ctx, input });
        const used = process.cpuUsage(cpuStarted);
        times.push(performance.now() - started);
        cpu.push((used.user + used.system) / 1000);
        escalations = report.rates.escalations;
        if (run === 0 && process.env.BENCH_DUMP) {
          // Each report's JSON, to compare builds: the figures must not change.
          mkdirSync(process.env.BENCH_DUMP, { recursive: true });
          const slug = `${name}-${label}`.replace(/[^A-Za-z0-9]+/g, '-');
          writeFileSync(join(process.env.BENCH_DUMP, `${slug}.json`), `${JSON.stringify(report, null, 1)}\n`);
        }
      }
      const first = Math.round(times[0]);
      const medianOf = (list) => Math.round([...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]);
      const median = medianOf(times);
      const medianCpu = medianOf(cpu);
      rows.push(
        `| ${name} | ${COUNT.toLocaleString('en-US')} | ${label} | ${escalations.toLocaleString('en-US')} | ${RUNS} | ${median} | ${medianCpu} | ${first} |`,
      );
      log(`  ${label}: ${median} ms, node CPU ${medianCpu} ms (first ${first} ms)`);
    }
    if (process.env.BENCH_METRICS_ROWS === '1') {
      // The same default report from rows, once: what the rollups save.
      const started = performance.now();
      await reportMetrics(ctx, await checkMetricsQuery(ctx, {}), 'rows');
      log(`  default from rows: ${Math.round(performance.now() - started)} ms`);
    }
    if (process.env.BENCH_REBUILD === '1') {
      // The upgrade to 0015 as a database at 0014 with these facts meets it: the old partial index in place, the
      // migration's own up(), then the first report's rebuild of every cell (backfillMetricRollups).
      const before = await store.db.selectFrom('metric_rollups').selectAll().orderBy('key').execute();
      await store.db.schema.dropIndex('escalation_facts_unsettled_opened').execute();
      await store.db.schema
        .createIndex('escalation_facts_unsettled')
        .on('escalation_facts')
        .column('opened_at')
        .where(sql.ref('settled_at'), 'is', null)
        .execute();
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await rollupsRebuild().up(store.db);
      const migrated = performance.now();
      const counted = await backfillMetricRollups(store);
      const used = process.cpuUsage(cpuStarted);
      const ended = performance.now();
      const after = await store.db.selectFrom('metric_rollups').selectAll().orderBy('key').execute();
      const same =
        before.length === after.length &&
        before.every((row, i) => row.key === after[i].key && String(row.data) === String(after[i].data));
      log(
        `  0015 rebuild: migration ${Math.round(migrated - started)} ms, rollups of ${counted.toLocaleString('en-US')} escalations ${Math.round((ended - migrated) / 1000)} s, node CPU ${Math.round((used.user + used.system) / 1000000)} s; cells ${after.length.toLocaleString('en-US')}, ${same ? 'the same as loaded' : 'DIFFERENT from those loaded'}`,
      );
      rows.push(
        `| ${name} | ${COUNT.toLocaleString('en-US')} | 0015 upgrade: migration, then rebuilding every cell (s) | ${counted.toLocaleString('en-US')} | 1 | ${((ended - started) / 1000).toFixed(1)} s | ${((used.user + used.system) / 1e6).toFixed(1)} s | |`,
      );
    }
    return rows;
  } finally {
    await store.close();
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'handoff-bench-metrics-'));
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
process.once('SIGTERM', () => process.exit(143));
process.once('SIGINT', () => process.exit(130));

const table = [];
if (DATABASES.includes('sqlite')) {
  table.push(...(await measure('SQLite', `sqlite:${join(scratch, 'metrics.db')}`)));
}
if (DATABASES.includes('postgres')) {
  COUNT = POSTGRES_COUNT;
  const cluster = await startPostgresCluster({ max_wal_size: '8GB' });
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE handoff_bench_metrics');
    await admin.end();
    table.push(
      ...(await measure('PostgreSQL', cluster.url.replace(/\/postgres$/, '/handoff_bench_metrics'))),
    );
  } finally {
    await cluster.stop();
  }
}

console.log(`### Metrics report (GET /v1/metrics)

Escalations opened evenly over 30 days (all finished), facts and rollups stored; now is 17 min 23 s past the hour;
median of the runs, the node process's CPU time (user + system) of the median run, and the first run (ms).

| database | escalations stored | report | escalations in range | runs | median ms | median node CPU ms | first ms |
| --- | --- | --- | --- | --- | --- | --- | --- |
${table.join('\n')}`);
