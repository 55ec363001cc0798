// A throwaway PostgreSQL cluster for a bench script: initdb into a dir, start on a free port with the default durable
// settings (fsync, synchronous_commit and full_page_writes on), stop. Not a bench itself: run.js runs only bench/*.js.
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pgRoot = '/usr/lib/postgresql';

/** /usr/lib/postgresql/15/bin, else the highest version there. */
function binDir() {
  if (existsSync(join(pgRoot, '15', 'bin', 'initdb'))) {
    return join(pgRoot, '15', 'bin');
  }
  const versions = existsSync(pgRoot)
    ? readdirSync(pgRoot)
        .filter((name) => existsSync(join(pgRoot, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] === undefined) {
    throw new Error(`no PostgreSQL in ${pgRoot}/*/bin`);
  }
  return join(pgRoot, versions[0], 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster in a temp dir of its own, with `settings` (name → value) added to the defaults. Returns its
 * admin URL (the `postgres` database as the `postgres` superuser), its version and `stop()`, which also deletes the
 * dir, and runs on process exit if not called.
 */
export async function startPostgresCluster(settings = {}) {
  const bin = binDir();
  const base = mkdtempSync(join(tmpdir(), 'handoff-bench-pg-'));
  const data = join(base, 'data');
  const sockets = join(base, 'sockets');
  mkdirSync(sockets);
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    // PostgreSQL refuses to run as root: hand the dirs to the postgres user and run its programs through su.
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(base, id('-u'), id('-g'));
    chownSync(sockets, id('-u'), id('-g'));
  }
  const quote = (arg) => `'${arg.replaceAll("'", `'\\''`)}'`;
  const run = (argv) =>
    isRoot
      ? execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', argv.map(quote).join(' ')], {
          cwd: base,
          stdio: 'pipe',
        })
      : execFileSync(argv[0], argv.slice(1), { cwd: base, stdio: 'pipe' });
  run([join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const options = [`-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1`]
    .concat(Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`))
    .join(' ');
  run([
    join(bin, 'pg_ctl'),
    '-D',
    data,
    '-l',
    join(base, 'server.log'),
    '-o',
    options,
    '-w',
    '-t',
    '60',
    'start',
  ]);
  let isRunning = true;
  const stop = () => {
    if (isRunning) {
      isRunning = false;
      process.removeListener('exit', stop);
      try {
        run([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    }
  };
  process.once('exit', stop);
  const version = execFileSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).trim();
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version, stop };
}
