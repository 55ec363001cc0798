// A Handoff node as a child process (the built `handoff serve`), for tests that must kill it for real.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));

export interface ServerProcess {
  /** `http://127.0.0.1:PORT`, once /readyz answered. */
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<string>;
  /** What the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  /** SIGTERM, then SIGKILL if it is still there after `graceMs`. Does nothing once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface ServerProcessOptions {
  databaseUrl: string;
  adminKey: string;
  /** A built-in template to activate (default customer-support); ignored when `playbook` is given. */
  template?: string;
  /** A playbook file to activate instead of a template (`--playbook FILE`). */
  playbook?: string;
  /** How long start-up (migrations, seeding, listening, /readyz) may take. */
  timeoutMs?: number;
  /** More environment variables (secrets the playbook's integrations name, settings). */
  env?: Record<string, string>;
}

/**
 * Starts `handoff serve` on a port the OS picks (`--port 0`, read back from its first stdout line), with
 * the rate limit off, and waits until /readyz answers 200.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const seed =
    options.playbook === undefined
      ? ['--template', options.template ?? 'customer-support']
      : ['--playbook', options.playbook];
  const child = spawn(process.execPath, [bin, 'serve', ...seed, '--port', '0'], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      HANDOFF_ADMIN_KEY: options.adminKey,
      HANDOFF_RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let hasExited = false;
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      hasExited = true;
      resolve(signal ?? `exit code ${code}`);
    }),
  );
  const stop = async (graceMs = 10_000): Promise<void> => {
    if (hasExited) {
      return;
    }
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  try {
    let url: string | undefined;
    while (url === undefined) {
      url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (hasExited) {
        throw new Error(`handoff serve exited during start-up (${await exited}):\n${stderr}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`handoff serve did not start in time:\n${stdout}\n${stderr}`);
      }
      await pause(50);
    }
    while (!(await isReady(url))) {
      if (hasExited || Date.now() > deadline) {
        throw new Error(`handoff serve at ${url} never became ready:\n${stderr}`);
      }
      await pause(50);
    }
    return { url, child, exited, stderr: () => stderr, stop };
  } catch (error) {
    await stop(1_000);
    throw error;
  }
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
