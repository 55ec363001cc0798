// A node whose log lines cannot be written (stdout on a full disk, or a pipe nobody reads any more) keeps serving:
// `handoff serve` as a child process, made to log while its stdout fails.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { asksForHuman, pause } from './sla-timer-fixtures.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));
const adminKey = 'log-failure-admin-key-0123456789';

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

const isAlive = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

async function status(url: string, init?: RequestInit): Promise<number> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

const evaluate = (base: string, caseId: string) =>
  status(`${base}/v1/evaluate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: asksForHuman(caseId),
  });

describe('handoff serve with a failing stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-logs-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    children.forEach((child) => child.kill('SIGKILL'));
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Starts the server with `stdout`, waits for /healthz, calls `breakStdout`, then makes the server log at run time:
   * another process holds the SQLite write lock past the busy timeout, so a write fails (503) and is logged.
   */
  async function serveAndLog(name: string, stdout: 'pipe' | number): Promise<void> {
    const file = join(dir, `${name}.db`);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawn(
      process.execPath,
      [bin, 'serve', '--template', 'customer-support', '--port', `${port}`],
      {
        env: {
          ...process.env,
          DATABASE_URL: `sqlite:${file}`,
          HANDOFF_ADMIN_KEY: adminKey,
          HANDOFF_RATE_LIMIT: '0',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', stdout, 'pipe'],
      },
    );
    children.push(child);
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let stdoutText = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdoutText += chunk));

    const deadline = Date.now() + 60_000;
    while ((await status(`${base}/healthz`)) !== 200) {
      expect(isAlive(child), `the server exited:\n${stderr}`).toBe(true);
      expect(Date.now()).toBeLessThan(deadline);
      await pause(50);
    }
    if (stdout === 'pipe') {
      while (!stdoutText.includes('listening on')) {
        await pause(20);
      }
      // Nobody reads the pipe any more: the next write to it fails with EPIPE.
      child.stdout?.destroy();
    }
    expect(await evaluate(base, `${name}-1`)).toBe(201);

    const lock = new Database(file);
    lock.exec('begin immediate');
    try {
      expect(await evaluate(base, `${name}-2`)).toBe(503);
    } finally {
      lock.exec('rollback');
      lock.close();
    }
    expect(isAlive(child), stderr).toBe(true);
    expect(await status(`${base}/healthz`)).toBe(200);
    expect(await evaluate(base, `${name}-3`)).toBe(201);
    expect(isAlive(child), stderr).toBe(true);
  }

  test('stdout on a full disk (/dev/full): the server starts, logs and serves on', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      await serveAndLog('full', full);
    } finally {
      closeSync(full);
    }
  }, 120_000);

  test('stdout a pipe its reader closed: the server logs and serves on', async () => {
    await serveAndLog('closed-pipe', 'pipe');
  }, 120_000);
});
