// GET /v1/metrics's work (the getMetrics verb, as the route runs it) over a million escalations opened evenly over
// 30 days, on a SQLite file and on PostgreSQL: the default report (the last 7 days to now) and the last day, week
// and 30 days, now being 17 min 23 s past the hour (so the range's ends are read from rows). The facts rows and their
// rollups are bulk-loaded a chunk per transaction (rollups through the write path's applyRollupDeltas).
// Run: npm run build && node bench/metrics-report.js   (prints markdown; progress on stderr)
// BENCH_DATABASES=sqlite (or postgres) runs one; BENCH_METRICS_ESCALATIONS and BENCH_POSTGRES_METRICS_ESCALATIONS
// (default 1,000,000 each) set the sizes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { templateText } from '../dist/services/playbooks/templates.js';
import { seedPlaybook } from '../dist/services/playbooks/playbook-versions.js';
import { makeActivePlaybook } from '../dist/services/playbooks/active-playbook.js';
import { makeRollupDeltas } from '../dist/core/metrics/rollup-cells.js';
import { applyRollupDeltas } from '../dist/services/lifecycle/refresh-escalation-facts.js';
import { getMetrics, reportMetrics } from '../dist/services/metrics/get-metrics.js';
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
const CHUNK = 2_000;
const RUNS = 5;

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

async function load(store) {
  for (let from = 0; from < COUNT; from += CHUNK) {
    const rows = [];
    const deltas = makeRollupDeltas();
    for (let n = from; n < Math.min(COUNT, from + CHUNK); n += 1) {
      const facts = factsOf(n);
      rows.push({
        escalation_id: facts.id,
        opened_at: facts.openedAt,
        team: facts.team,
        category: facts.category,
        facts: JSON.stringify(facts),
        updated_at: facts.resolvedAt,
        settled_at: facts.resolvedAt,
      });
      deltas.add(facts, 1);
    }
    await store.transaction(async (trx) => {
      await trx.insertInto('escalation_facts').values(rows).execute();
      await applyRollupDeltas(trx, deltas);
    });
    if (from % 100_000 === 0) {
      log(`  loaded ${from.toLocaleString('en-US')}`);
    }
  }
}

async function measure(name, url) {
  const store = await openDatabase(url);
  try {
    await migrateToLatest(store);
    await seedPlaybook(store, templateText('customer-support'), 'bench', END);
    log(`${name}: loading ${COUNT.toLocaleString('en-US')} escalations' facts and rollups`);
    const loadStarted = performance.now();
    await load(store);
    log(`  loaded in ${Math.round((performance.now() - loadStarted) / 1000)} s`);
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
    const ranges = [
      ['default (7 d to now)', {}],
      ...[1, 7, 30].map((days) => [
        `${days} d, group_by=team, tz=Europe/Istanbul`,
        { from: new Date(NOW - days * DAY).toISOString(), group_by: 'team', tz: 'Europe/Istanbul' },
      ]),
      [
        '30 d, group_by=person, interval=hour',
        { from: new Date(NOW - 30 * DAY).toISOString(), group_by: 'person', interval: 'hour' },
      ],
    ];
    for (const [label, input] of ranges) {
      const times = [];
      let escalations = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        const report = await getMetrics({ ctx, input });
        times.push(performance.now() - started);
        escalations = report.rates.escalations;
      }
      times.sort((a, b) => a - b);
      const median = Math.round(times[Math.floor(times.length / 2)]);
      const max = Math.round(times[times.length - 1]);
      rows.push(
        `| ${name} | ${COUNT.toLocaleString('en-US')} | ${label} | ${escalations.toLocaleString('en-US')} | ${RUNS} | ${median} | ${max} |`,
      );
      log(`  ${label}: ${median} ms (max ${max})`);
    }
    if (process.env.BENCH_METRICS_ROWS === '1') {
      // The same default report from rows, once: what the rollups save.
      const started = performance.now();
      await reportMetrics(ctx, await checkMetricsQuery(ctx, {}), 'rows');
      log(`  default from rows: ${Math.round(performance.now() - started)} ms`);
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
median and slowest of the runs (ms).

| database | escalations stored | report | escalations in range | runs | median ms | max ms |
| --- | --- | --- | --- | --- | --- | --- |
${table.join('\n')}`);
