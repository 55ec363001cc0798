// Escalating evaluations over HTTP (autocannon, loopback) against the built server as a child process, on a SQLite
// file and on a throwaway PostgreSQL, both with durable commits: throughput at full load, p99 at a fixed 500
// requests/s, and the server's peak memory after 100,000 escalations.
// Run: npm run build && node bench/http-escalations.js   (prints markdown; progress on stderr; about 2 minutes)
// BENCH_SECONDS (full-load seconds) and BENCH_ESCALATIONS (the SQLite fill target) shorten a run while trying things.
import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openDatabase } from '../dist/store/database.js';
import { startPostgresCluster } from './support/postgres-cluster.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
const FULL_LOAD = { connections: 50, seconds: Number(process.env.BENCH_SECONDS ?? 10) };
const FIXED_RATE = { rate: 500, seconds: 10 };
const WARM_UP_SECONDS = 2;
const ESCALATIONS = Number(process.env.BENCH_ESCALATIONS ?? 100_000);
const FILL_CONNECTIONS = 100;

const number = (value) => Math.round(value).toLocaleString('en-US');
const log = (line) => process.stderr.write(`${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One turn of a chat in which the customer asks for a person: every request opens an escalation. */
const caseText = (n) =>
  JSON.stringify({
    id: `bench-${n}`,
    turn: 3,
    channel: 'chat',
    task: { type: 'order_status', risk: 'medium' },
    ai: {
      confidence: 0.42,
      intent: 'order_status',
      category: 'shipping',
      attempts: [{ action: 'kb_answer', result: 'not_resolved' }],
    },
    customer: { id: `C-${n % 50_000}`, tier: 'gold' },
    conversation: [
      { role: 'customer', text: 'Where is my order A-1042? It was due on Monday.' },
      { role: 'ai', text: 'Your parcel left the warehouse on Friday and is on its way.' },
      { role: 'customer', text: 'That is what you said yesterday. I want to talk to a real person.' },
    ],
    fields: { order_id: 'A-1042' },
  });

/** Numbers every request of the run, across the load steps and both databases. */
let next = 0;

/** Each request a new case id and its own Idempotency-Key, as an AI system retrying safely would send. */
function makeRequests() {
  return [
    {
      method: 'POST',
      path: '/v1/evaluate',
      setupRequest: (request) => {
        next += 1;
        return {
          ...request,
          headers: { ...request.headers, 'idempotency-key': `bench-key-${next}` },
          body: caseText(next),
        };
      },
    },
  ];
}

/** Escalations acknowledged on the current server, and how many more may have been stored unseen. */
let sent = 0;
let inFlight = 0;

/** One autocannon run; fails loudly on any error or answer other than 201 (a new escalation). */
async function load(url, options) {
  const result = await autocannon({
    url,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    requests: makeRequests(),
    timeout: 30,
    ...options,
  });
  const created = Number(result.statusCodeStats?.['201']?.count ?? 0);
  sent += created;
  inFlight += options.connections;
  if (result.errors > 0 || result.non2xx > 0 || created !== result['2xx']) {
    throw new Error(
      `load run failed: ${result.errors} errors, ${result.timeouts} timeouts, status codes ` +
        JSON.stringify(result.statusCodeStats),
    );
  }
  return { ...result, created };
}

/** One evaluation over a kept-alive connection; resolves with the status code, rejects on a network error. */
function evaluateOnce(url, agent) {
  next += 1;
  const body = caseText(next);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/v1/evaluate`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${ADMIN_KEY}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': `bench-key-${next}`,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * An open-loop load: request i is sent at start + i/rate whether or not earlier ones were answered, and its
 * latency runs from that scheduled time, so a stall shows in the figures (no coordinated omission). autocannon's
 * overallRate is not used here: it lets each connection send its whole second's share at once at the top of
 * every second, and in v9 its latency correction assumes a 1 ms interval.
 */
async function fixedRate(url, rate, seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  const total = rate * seconds;
  const latencies = [];
  const statuses = {};
  let errors = 0;
  const answers = [];
  const start = performance.now();
  for (let i = 0; i < total; i += 1) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) {
      await sleep(wait);
    }
    answers.push(
      evaluateOnce(url, agent).then(
        (status) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          latencies.push(performance.now() - due);
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(answers);
  // Answered per second, over the time until the last answer: below the offered rate when the server falls behind.
  const answeredFor = (performance.now() - start) / 1000;
  agent.destroy();
  const created = statuses[201] ?? 0;
  sent += created;
  if (errors > 0 || created !== total) {
    throw new Error(
      `fixed-rate run failed: ${errors} network errors, status codes ${JSON.stringify(statuses)}`,
    );
  }
  latencies.sort((a, b) => a - b);
  const at = (fraction) => latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))];
  return { achieved: total / answeredFor, latency: { p50: at(0.5), p99: at(0.99), max: latencies.at(-1) } };
}

/** Peak and current resident set of a process, in MiB (Linux). */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peak: kib('VmHWM') / 1024, now: kib('VmRSS') / 1024 };
}

/** `handoff serve` on a port the OS picks, rate limit off; resolves once /readyz answers. */
async function startServer(databaseUrl) {
  const child = spawn(process.execPath, [bin, 'serve', '--template', 'customer-support', '--port', '0'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HANDOFF_ADMIN_KEY: ADMIN_KEY,
      HANDOFF_RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
      // As in production: without the development check on SQLite transactions (README, `handoff serve`).
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Never leave a server behind, whatever way this script ends.
  const killNow = () => child.kill('SIGKILL');
  process.once('exit', killNow);
  child.once('exit', () => process.removeListener('exit', killNow));
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
    if (
      url !== undefined &&
      (await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      return {
        url,
        pid: child.pid,
        stop: () => {
          if (child.exitCode !== null || child.signalCode !== null) {
            return Promise.resolve();
          }
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          return exited;
        },
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`handoff serve did not start (exit code ${child.exitCode}): ${stdout}`);
    }
    await sleep(50);
  }
}

/**
 * Marks every person of the playbook available, as `serve --demo` does, so assignment does its full work (people's
 * state, open load, round-robin cursor) on every escalation; who gets picked still depends on working hours.
 */
async function makeEveryoneAvailable(url) {
  const call = async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${ADMIN_KEY}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    }
    return response.json();
  };
  const { items } = await call('GET', '/v1/people');
  for (const person of items) {
    await call('POST', `/v1/people/${encodeURIComponent(person.id)}/availability`, { available: true });
  }
}

/**
 * The whole sequence on one database: warm-up, full load, fixed rate, then (with `fillTo`) more escalations until
 * the server has opened that many. Returns the figures, checked against the escalations in the database.
 */
async function measure(name, databaseUrl, fillTo) {
  sent = 0;
  inFlight = 0;
  const server = await startServer(databaseUrl);
  try {
    await makeEveryoneAvailable(server.url);
    log(`${name}: warm-up ${WARM_UP_SECONDS} s`);
    await load(server.url, { connections: FULL_LOAD.connections, duration: WARM_UP_SECONDS });
    const warm = memoryOf(server.pid);
    log(`${name}: full load, ${FULL_LOAD.connections} connections, ${FULL_LOAD.seconds} s`);
    const full = await load(server.url, { connections: FULL_LOAD.connections, duration: FULL_LOAD.seconds });
    log(`${name}: ${FIXED_RATE.rate} requests/s, ${FIXED_RATE.seconds} s`);
    const fixed = await fixedRate(server.url, FIXED_RATE.rate, FIXED_RATE.seconds);
    let fill = null;
    if (fillTo !== undefined) {
      // Timed runs sized from the rate so far rather than autocannon's `amount`, which can wait forever for
      // a connection's last answer; the total comes out a little above fillTo.
      log(`${name}: ${FILL_CONNECTIONS} connections until ${number(fillTo)} escalations`);
      fill = { created: 0, duration: 0 };
      let rate = full.created / full.duration;
      while (sent < fillTo) {
        const seconds = Math.min(30, Math.max(2, Math.ceil((fillTo - sent) / rate)));
        const run = await load(server.url, { connections: FILL_CONNECTIONS, duration: seconds });
        fill.created += run.created;
        fill.duration += run.duration;
        rate = run.created / run.duration;
      }
    }
    const memory = memoryOf(server.pid);
    await server.stop();
    const stored = await countEscalations(databaseUrl);
    // A timed run stops counting with requests still in flight; the server finishes (and stores) those too.
    if (stored < sent || stored > sent + inFlight) {
      throw new Error(`${name}: ${sent} escalations acknowledged but ${stored} stored`);
    }
    return {
      name,
      perSecond: full.created / full.duration,
      full: full.latency,
      fixed: fixed.latency,
      fixedRate: fixed.achieved,
      fillPerSecond: fill === null || fill.duration === 0 ? null : fill.created / fill.duration,
      stored,
      warm,
      memory,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function countEscalations(databaseUrl) {
  const store = await openDatabase(databaseUrl);
  try {
    const row = await store.db
      .selectFrom('escalations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  } finally {
    await store.close();
  }
}

// Other work on the machine moves these figures more than anything in Handoff: say how busy it was.
const loadBefore = loadavg()[0];
const scratch = mkdtempSync(join(tmpdir(), 'handoff-bench-'));
// Killed (bench/run.js's time limit sends SIGTERM) or not, leave no server, cluster or files behind.
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
process.once('SIGTERM', () => process.exit(143));
process.once('SIGINT', () => process.exit(130));
const sqlite = await measure('SQLite', `sqlite:${join(scratch, 'handoff.db')}`, ESCALATIONS);
// A throwaway cluster with PostgreSQL's default durable settings (fsync, synchronous_commit on).
const cluster = await startPostgresCluster();
const postgresVersion = cluster.version;
let postgres;
try {
  postgres = await measure('PostgreSQL', cluster.url);
} finally {
  cluster.stop();
}

const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)}`;
const mib = (value) => `${Math.round(value)}`;
const rows = [sqlite, postgres].map(
  (r) =>
    `| ${r.name} | **${number(r.perSecond)}** | ${ms(r.full.p50)} | ${ms(r.full.p99)} | ${number(r.fixedRate)} | ` +
    `${ms(r.fixed.p50)} | **${ms(r.fixed.p99)}** | ${number(r.stored)} | ${mib(r.warm.now)} | ${mib(r.memory.peak)} |`,
);
const verdict = (isMet) => (isMet ? 'met' : '**NOT met**');

console.log(
  [
    '### Escalations over HTTP (SQLite vs PostgreSQL, durable commits)',
    '',
    `\`handoff serve --template customer-support\` as a child process with every person of the playbook marked ` +
      `available, loaded over loopback from the bench process on the same ${cpus().length}-core machine. Every ` +
      `request is \`POST /v1/evaluate\` with a new case id and its own \`Idempotency-Key\` (a 3-message chat in ` +
      `which the customer asks for a person), so every answer is a 201 with a new escalation; any other answer ` +
      `fails the run, and the escalations are counted in the database afterwards. SQLite: a file in ${tmpdir()} ` +
      `(WAL, group commit, every commit fsynced before it is answered; \`NODE_ENV=production\`). PostgreSQL: ${postgresVersion}, a fresh cluster on the same disk ` +
      `with its default durable settings (fsync and synchronous_commit on), the server's pool of 10 connections. ` +
      `After a ${WARM_UP_SECONDS} s warm-up: full load with autocannon (${FULL_LOAD.connections} connections, ` +
      `${FULL_LOAD.seconds} s); then ${FIXED_RATE.rate} requests/s for ${FIXED_RATE.seconds} s, evenly spaced ` +
      `and open-loop (each latency counted from when the request was due, so stalls are not hidden); then, on ` +
      `SQLite only, autocannon with ${FILL_CONNECTIONS} connections until the server has opened ` +
      `${number(ESCALATIONS)} escalations (at PostgreSQL's rate that would take several minutes). Memory: the ` +
      `server's resident set from /proc after the warm-up, and its peak (VmHWM) at the end.`,
    '',
    '| database | escalations/s at full load | p50 ms | p99 ms | 500/s offered: answered/s | p50 ms | p99 ms | ' +
      'escalations stored | RSS after warm-up MiB | peak RSS MiB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `SQLite does **${(sqlite.perSecond / postgres.perSecond).toFixed(2)}×** the escalations per second of ` +
      `PostgreSQL at full load. After ${number(sqlite.stored)} escalations` +
      (sqlite.fillPerSecond === null
        ? ''
        : ` (the last ones at ${number(sqlite.fillPerSecond)}/s over ${FILL_CONNECTIONS} connections)`) +
      ` the SQLite server's peak resident ` +
      `set was **${mib(sqlite.memory.peak)} MiB**. Targets on SQLite: at least 2,000 escalations/s, ` +
      `${verdict(sqlite.perSecond >= 2_000)} (${number(sqlite.perSecond)}/s); p99 under 50 ms at 500 requests/s, ` +
      `${verdict(sqlite.fixed.p99 < 50)} (${ms(sqlite.fixed.p99)} ms).`,
    '',
    `Load average (1 min) when the run started: ${loadBefore.toFixed(2)}; on ${cpus().length} cores anything ` +
      `above about 0.5 means other processes were competing for the CPU, and the figures are lower for it.`,
  ].join('\n'),
);
