// GET /v1/metrics's work (the getMetrics verb, as the route runs it) over escalation_facts rows on a SQLite file and
// on PostgreSQL: a day, a week and 30 days of a million escalations opened evenly over 30 days.
// Run: npm run build && node bench/metrics-report.js   (prints markdown; progress on stderr)
// BENCH_DATABASES=sqlite (or postgres) runs one; BENCH_METRICS_ESCALATIONS (default 1,000,000) and
// BENCH_POSTGRES_METRICS_ESCALATIONS (default 200,000: loading a million takes half an hour here) set the sizes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { templateText } from '../dist/services/playbooks/templates.js';
import { seedPlaybook } from '../dist/services/playbooks/playbook-versions.js';
import { makeActivePlaybook } from '../dist/services/playbooks/active-playbook.js';
import { getMetrics } from '../dist/services/metrics/get-metrics.js';
import { openDatabase } from '../dist/store/database.js';
import { migrateToLatest } from '../dist/store/migrate.js';
import { startPostgresCluster } from './support/postgres-cluster.js';

const SQLITE_COUNT = Number(process.env.BENCH_METRICS_ESCALATIONS ?? 1_000_000);
const POSTGRES_COUNT = Number(process.env.BENCH_POSTGRES_METRICS_ESCALATIONS ?? 200_000);
let COUNT = SQLITE_COUNT;
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((name) => name.trim());
const DAY = 86_400_000;
const END = Date.parse('2026-11-30T00:00:00Z');
const START = END - 30 * DAY;
const CHUNK = 2_000;
const RUNS = 3;

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
    for (let n = from; n < Math.min(COUNT, from + CHUNK); n += 1) {
      const facts = factsOf(n);
      rows.push({
        escalation_id: facts.id,
        opened_at: facts.openedAt,
        team: facts.team,
        category: facts.category,
        facts: JSON.stringify(facts),
        updated_at: facts.resolvedAt,
      });
    }
    await store.db.insertInto('escalation_facts').values(rows).execute();
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
    log(`${name}: loading ${COUNT.toLocaleString('en-US')} escalations' facts`);
    await load(store);
    const playbook = makeActivePlaybook(store.db, () => END);
    const ctx = {
      store,
      clock: () => END,
      logger: pino({ level: 'silent' }),
      actor: { kind: 'admin', keyId: null, name: 'bench', personId: null },
      events: { publish: () => undefined, subscribe: () => () => undefined },
      playbook: () => playbook.get(),
    };
    const rows = [];
    for (const days of [1, 7, 30]) {
      const input = {
        from: new Date(END - days * DAY).toISOString(),
        to: new Date(END).toISOString(),
        group_by: 'team',
        tz: 'Europe/Istanbul',
      };
      const times = [];
      let escalations = 0;
      // A range of more than 200,000 escalations takes seconds: timed once.
      const runs = (COUNT * days) / 30 > 200_000 ? 1 : RUNS;
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        const report = await getMetrics({ ctx, input });
        times.push(performance.now() - started);
        escalations = report.rates.escalations;
      }
      times.sort((a, b) => a - b);
      const median = Math.round(times[Math.floor(times.length / 2)]);
      rows.push(
        `| ${name} | ${COUNT.toLocaleString('en-US')} | ${days} d | ${escalations.toLocaleString('en-US')} | ${runs} | ${median} |`,
      );
      log(`  ${days} d: ${median} ms`);
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

console.log(`### Metrics report (GET /v1/metrics, group_by=team, tz=Europe/Istanbul)

Escalations opened evenly over 30 days (all finished); the report over the last day, week and 30 days, group_by=team,
tz=Europe/Istanbul; median of the runs (ms).

| database | escalations stored | range | escalations in range | runs | median ms |
| --- | --- | --- | --- | --- | --- |
${table.join('\n')}`);
