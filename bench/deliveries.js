// The deliveries worker: webhooks per second to a local receiver, against the bare channel sending the same
// messages without the database (the ratio is the cost of leasing, recording and settling each one); draining a
// backlog of 100,000 rows; and the cost of leasing the next batch as delivered rows grow into the millions.
// Run: npm run build && node bench/deliveries.js   (prints markdown; progress on stderr; a few minutes)
// BENCH_DATABASES=sqlite (or postgres) runs one; BENCH_BACKLOG (default 100,000) and BENCH_DELIVERED (default
// 1,000,000, SQLite; PostgreSQL gets BENCH_POSTGRES_DELIVERED, default 1,000,000) set the sizes.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import pino from 'pino';
import { parsePlaybook } from '../dist/core/playbook/parse-playbook.js';
import { makePlaybookRuntime } from '../dist/core/playbook-runtime/playbook-runtime.js';
import { makeWebhookChannel } from '../dist/runtime/deliveries/channels/webhook.js';
import { makeDeliveriesWorker } from '../dist/runtime/deliveries/deliveries-worker.js';
import { generateWebhookSecret } from '../dist/runtime/deliveries/standard-webhooks.js';
import { makeEventBus } from '../dist/runtime/events/event-bus.js';
import { templateText } from '../dist/services/playbooks/templates.js';
import { openDatabase } from '../dist/store/database.js';
import { migrateToLatest } from '../dist/store/migrate.js';
import { leaseDeliveries, releaseDeliveries } from '../dist/store/queries/lease-deliveries.js';
import { insertOutbox } from '../dist/store/queries/outbox.js';
import { startPostgresCluster } from './support/postgres-cluster.js';

const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((name) => name.trim());
const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 100_000);
const DELIVERED = Number(process.env.BENCH_DELIVERED ?? 1_000_000);
const DELIVERED_POSTGRES = Number(process.env.BENCH_POSTGRES_DELIVERED ?? 1_000_000);
const RATE_MESSAGES = 5_000;
const ENDPOINTS = 8;
const LEASES = 200;

const log = (line) => process.stderr.write(`${line}\n`);
const number = (value) => Math.round(value).toLocaleString('en-US');
const sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const logger = pino({ level: 'silent' });

const scratch = mkdtempSync(join(tmpdir(), 'handoff-bench-deliveries-'));
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
process.once('SIGTERM', () => process.exit(143));
process.once('SIGINT', () => process.exit(130));

// A receiver that answers 204 at once and counts message ids (a duplicate would show as fewer ids than requests).
const ids = new Set();
let requests = 0;
const receiver = createServer((request, response) => {
  requests += 1;
  ids.add(request.headers['webhook-id']);
  request.resume();
  request.on('end', () => {
    response.writeHead(204);
    response.end();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${receiver.address().port}/hooks`;
const secret = generateWebhookSecret();
const endpoints = Array.from({ length: ENDPOINTS }, (_, i) => `hook${i}`);
const yaml = `${templateText('customer-support')}
integrations:
  webhooks:
${endpoints.map((id) => `    - { id: ${id}, url: "${url}/${id}", secret_env: HOOK_SECRET, events: ["*"], allow_private: true }`).join('\n')}
`;
const runtime = makePlaybookRuntime(1, parsePlaybook(yaml));
const env = { HOOK_SECRET: secret };
const payload = (n) => ({
  reason: 'event',
  event: { id: n, type: 'created', actor: 'bench', at: new Date().toISOString(), data: { n } },
});

async function fill(store, count, endpointsUsed) {
  const chunk = 1_000;
  for (let from = 0; from < count; from += chunk) {
    const messages = [];
    for (let n = from; n < Math.min(count, from + chunk); n += 1) {
      messages.push({
        eventId: n,
        escalationId: null,
        channel: 'webhook',
        endpoint: endpointsUsed[n % endpointsUsed.length],
        recipient: null,
        payload: payload(n),
      });
    }
    await store.transaction((trx) => insertOutbox(trx, messages, Date.now()));
  }
}

async function pending(store) {
  const row = await store.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('next_attempt_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Runs the worker as a server does until nothing waits; returns rows per second. */
async function drain(store, count) {
  const worker = makeDeliveriesWorker({
    store,
    clock: Date.now,
    logger,
    events: makeEventBus(),
    playbook: async () => runtime,
    channels: { webhook: makeWebhookChannel() },
    nodeId: 'bench',
    env,
    publicUrl: 'http://handoff.bench',
  });
  const before = requests;
  const started = performance.now();
  worker.start();
  while ((await pending(store)) > 0) {
    await sleep(50);
  }
  const seconds = (performance.now() - started) / 1_000;
  await worker.stop();
  const sent = requests - before;
  return { perSecond: count / seconds, seconds, sent };
}

/** The bare channel, no database: the same number of messages at the worker's concurrency (4 per endpoint). */
async function bare(count) {
  const channel = makeWebhookChannel();
  const context = {
    runtime,
    env,
    store: undefined,
    clock: Date.now,
    logger,
    publicUrl: 'http://handoff.bench',
  };
  let next = 0;
  const started = performance.now();
  const lane = async (endpoint) => {
    for (let n = next++; n < count; n = next++) {
      const result = await channel.send(
        {
          id: `bare-${n}`,
          channel: 'webhook',
          endpoint,
          recipient: null,
          escalationId: null,
          payload: payload(n),
          attempt: 1,
          createdAt: Date.now(),
        },
        { ...context, signal: new AbortController().signal },
      );
      if (!result.ok) {
        throw new Error(`bare send failed: ${result.error}`);
      }
    }
  };
  await Promise.all(endpoints.flatMap((endpoint) => [0, 1, 2, 3].map(() => lane(endpoint))));
  await channel.close?.();
  return count / ((performance.now() - started) / 1_000);
}

/** Median ms to lease the next 32 rows (then given back), with `delivered` delivered rows beside 1,000 pending. */
async function leaseCost(store) {
  const times = [];
  for (let i = 0; i < LEASES; i += 1) {
    const started = performance.now();
    const rows = await store.transaction((trx) =>
      leaseDeliveries(trx, store, {
        now: Date.now() + 3_600_000,
        leaseMs: 1,
        nodeId: 'bench',
        limit: 32,
        skipEndpoints: [],
      }),
    );
    times.push(performance.now() - started);
    await store.transaction((trx) =>
      releaseDeliveries(
        trx,
        rows.map((row) => row.id),
        'bench',
        0,
      ),
    );
  }
  return median(times);
}

/** Adds delivered rows in bulk (not through the worker: a million attempts would take long to make). */
async function addDelivered(kind, url, from, to) {
  if (kind === 'sqlite') {
    const database = new Database(url.replace(/^sqlite:/, ''));
    const insert = database.prepare(
      `INSERT INTO outbox (id, event_id, channel, payload, created_at, attempts, delivered_at, endpoint, status)
       VALUES (?, ?, 'webhook', '{}', 1, 1, 2, 'hook0', 'delivered')`,
    );
    const many = database.transaction((a, b) => {
      for (let n = a; n < b; n += 1) {
        insert.run(`00DELIVERED${String(n).padStart(15, '0')}`, n);
      }
    });
    for (let n = from; n < to; n += 50_000) {
      many(n, Math.min(to, n + 50_000));
    }
    database.close();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO outbox (id, event_id, channel, payload, created_at, attempts, delivered_at, endpoint, status)
     SELECT '00DELIVERED' || lpad(n::text, 15, '0'), n, 'webhook', '{}'::jsonb, 1, 1, 2, 'hook0', 'delivered'
     FROM generate_series($1::bigint, $2::bigint - 1) AS n`,
    [from, to],
  );
  await client.query('VACUUM ANALYZE outbox');
  await client.end();
}

async function measure(name, kind, url, delivered) {
  const store = await openDatabase(url);
  await migrateToLatest(store);
  log(`${name}: ${number(RATE_MESSAGES)} deliveries, worker vs bare channel`);
  const bareRate = await bare(RATE_MESSAGES);
  await fill(store, RATE_MESSAGES, endpoints);
  const rate = await drain(store, RATE_MESSAGES);
  log(`${name}: a backlog of ${number(BACKLOG)}`);
  await fill(store, BACKLOG, endpoints);
  const backlog = await drain(store, BACKLOG);
  // Lease cost: 1,000 pending rows beside the delivered ones, first as they are, then with `delivered` more.
  await fill(store, 1_000, endpoints);
  const smallRows = RATE_MESSAGES + BACKLOG;
  const small = await leaseCost(store);
  log(`${name}: ${number(delivered)} delivered rows`);
  await store.close();
  await addDelivered(kind, url, 0, delivered);
  const reopened = await openDatabase(url);
  const large = await leaseCost(reopened);
  await reopened.close();
  return { name, bareRate, rate, backlog, small, large, smallRows, largeRows: smallRows + delivered };
}

const results = [];
if (DATABASES.includes('sqlite')) {
  results.push(await measure('SQLite', 'sqlite', `sqlite:${join(scratch, 'deliveries.db')}`, DELIVERED));
}
if (DATABASES.includes('postgres')) {
  const cluster = await startPostgresCluster({ max_wal_size: '8GB' });
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE handoff_bench_deliveries');
    await admin.end();
    results.push(
      await measure(
        'PostgreSQL',
        'postgres',
        cluster.url.replace(/\/postgres$/, '/handoff_bench_deliveries'),
        DELIVERED_POSTGRES,
      ),
    );
  } finally {
    cluster.stop();
  }
}
receiver.close();

const lines = [
  '### Deliveries: webhooks to a local receiver',
  '',
  `${ENDPOINTS} webhook endpoints on one local receiver (answers 204 at once), each message signed (Standard Webhooks). ` +
    `"Bare channel": the webhook channel's \`send\` called directly, ${number(RATE_MESSAGES)} messages at 4 in flight per ` +
    `endpoint, no database. "Worker": the same number written to the outbox, then carried by the deliveries worker as ` +
    `the server runs it (lease, send, record the attempt, settle; 4 in flight per endpoint, 32 in all). Backlog: ` +
    `${number(BACKLOG)} rows written first, then drained. Lease: median of ${LEASES} leases of the next 32 rows with ` +
    `1,000 pending, beside the delivered rows.`,
  '',
  '| database | bare channel /s | worker /s | worker ÷ bare | backlog drained /s | backlog seconds | lease ms (delivered rows) | lease ms (more delivered) | ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.name} | ${number(r.bareRate)} | ${number(r.rate.perSecond)} | ${(r.rate.perSecond / r.bareRate).toFixed(2)} | ` +
      `${number(r.backlog.perSecond)} | ${r.backlog.seconds.toFixed(0)} | ${r.small.toFixed(2)} (${number(r.smallRows)}) | ` +
      `${r.large.toFixed(2)} (${number(r.largeRows)}) | ${(r.large / r.small).toFixed(2)} |`,
  ),
  '',
  `Requests received: ${number(requests)}, distinct message ids: ${number(ids.size)}. Load average at the end: ` +
    `${loadavg()
      .map((value) => value.toFixed(1))
      .join(', ')}.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
process.exit(0);
