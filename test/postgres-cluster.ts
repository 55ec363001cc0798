// A throwaway PostgreSQL cluster for one test run: initdb into a temp dir, start on a free port, stop.
import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const pgRoot = '/usr/lib/postgresql';

export interface PostgresCluster {
  /** Admin URL: the `postgres` database as the `postgres` superuser, trust authentication. */
  url: string;
  /** `pg_ctl stop -m immediate`: the server goes as in a crash, dropping every connection without a goodbye. */
  crash(): Promise<void>;
  /** Starts it again on the same port and data (after `crash`); resolves once it accepts connections. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface PostgresClusterOptions {
  /**
   * Commits are acknowledged only once their WAL is written out (synchronous_commit on), so a committed
   * transaction survives `crash()`. Off by default: the suite's cluster trades that for speed.
   */
  durableCommits?: boolean;
}

/** Starts a cluster or throws saying why; nothing is skipped in silence. */
export async function startPostgresCluster(options: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  const bin = findBinDir();
  const runAs = await postgresRunner();
  const base = await mkdtemp(join(scratchDir(), 'handoff-pg-'));
  const data = join(base, 'data');
  const sockets = join(base, 'sockets');
  const log = join(base, 'server.log');
  let isRunning = false;
  const stopNow = (): void => {
    if (isRunning) {
      isRunning = false;
      try {
        execFileSync(...runAs.command([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']), {
          cwd: base,
          stdio: 'ignore',
        });
      } catch {
        // Best effort while the process exits.
      }
    }
  };
  // If the run is killed before teardown, do not leave a server behind.
  process.once('exit', stopNow);
  try {
    await mkdir(sockets);
    await runAs.own(base, sockets);
    await runAs.exec(base, [
      join(bin, 'initdb'),
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    let port = 0;
    // fsync=off loses nothing when only PostgreSQL dies (the kernel still holds what it wrote); the machine must not.
    const commits = options.durableCommits === true ? '' : ' -c synchronous_commit=off';
    const start = async (): Promise<void> => {
      const settings = `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off${commits} -c full_page_writes=off -c max_connections=200`;
      await runAs.exec(base, [
        join(bin, 'pg_ctl'),
        '-D',
        data,
        '-l',
        log,
        '-o',
        settings,
        '-w',
        '-t',
        '60',
        'start',
      ]);
      isRunning = true;
    };
    for (let attempt = 1; !isRunning; attempt += 1) {
      port = await freePort();
      try {
        await start();
      } catch (error) {
        // Another process may have taken the port between our probe and the start: try another.
        if (attempt === 3) {
          throw new Error(`pg_ctl start failed three times; server log:\n${tail(log)}`, { cause: error });
        }
      }
    }
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      crash: async () => {
        await runAs.exec(base, [join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
        isRunning = false;
      },
      restart: start,
      stop: async () => {
        if (isRunning) {
          await runAs.exec(base, [join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
          isRunning = false;
        }
        process.removeListener('exit', stopNow);
        await rm(base, { recursive: true, force: true });
      },
    };
  } catch (error) {
    stopNow();
    process.removeListener('exit', stopNow);
    await rm(base, { recursive: true, force: true });
    throw new Error(
      'Could not start the throwaway PostgreSQL for the test suite. Install PostgreSQL (initdb, pg_ctl), ' +
        'or set HANDOFF_TEST_PG_URL to an existing server, or run only SQLite with DIALECTS=sqlite.',
      { cause: error },
    );
  }
}

/**
 * A RAM-backed dir when there is one: CREATE DATABASE (once per test file) takes ~20 ms there
 * against ~400 ms on an ordinary disk, where creating its few hundred files is what costs.
 */
function scratchDir(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/** /usr/lib/postgresql/15/bin, else the highest version there, else whatever is on PATH. */
function findBinDir(): string {
  if (existsSync(join(pgRoot, '15', 'bin', 'initdb'))) {
    return join(pgRoot, '15', 'bin');
  }
  const versions = existsSync(pgRoot)
    ? readdirSync(pgRoot)
        .filter((name) => existsSync(join(pgRoot, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] !== undefined) {
    return join(pgRoot, versions[0], 'bin');
  }
  try {
    return execFileSync('sh', ['-c', 'dirname "$(command -v initdb)"'], { encoding: 'utf8' }).trim();
  } catch (error) {
    throw new Error(`no initdb in ${pgRoot}/*/bin nor on PATH`, { cause: error });
  }
}

interface Runner {
  /** Runs a PostgreSQL program as the user that owns the cluster. */
  exec(cwd: string, argv: string[]): Promise<void>;
  /** The same as argv for execFileSync. */
  command(argv: string[]): [string, string[]];
  /** Hands directories to that user. */
  own(...dirs: string[]): Promise<void>;
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user through su. */
async function postgresRunner(): Promise<Runner> {
  if (process.getuid?.() !== 0) {
    return {
      exec: async (cwd, [file = '', ...args]) => void (await run(file, args, { cwd })),
      command: ([file = '', ...args]) => [file, args],
      own: async () => undefined,
    };
  }
  let uid: number;
  let gid: number;
  try {
    uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  } catch (error) {
    throw new Error('running as root, but there is no "postgres" user to run initdb as', { cause: error });
  }
  const command = (argv: string[]): [string, string[]] => [
    'su',
    ['postgres', '-s', '/bin/sh', '-c', argv.map(shellQuote).join(' ')],
  ];
  return {
    exec: async (cwd, argv) => void (await run(...command(argv), { cwd })),
    command,
    own: async (...dirs) => {
      for (const dir of dirs) {
        await chown(dir, uid, gid);
      }
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function shellQuote(arg: string): string {
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no log)';
  }
}
