import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Most suites wait more than they compute (the CLI and `handoff serve` as child processes, PostgreSQL, Chromium,
// servers over HTTP), so one worker per core less one (Vitest's default: a single worker on 2 cores) leaves the
// CPUs idle. Twice the cores keeps them busy; the cap bounds the PostgreSQL connections (max_connections=200 in
// test/postgres-cluster.ts). Every file has databases of its own (test/databases.ts) and servers on port 0, so
// files may run side by side. `npx vitest run --maxWorkers=1` runs them one at a time.
const maxWorkers = Math.min(6, Math.max(2, availableParallelism() * 2));

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    maxWorkers,
    // Hang guards, not speed checks: with files side by side on a shared machine, a test that starts several CLI
    // processes or a PostgreSQL-backed server can take well over 30 s without anything being wrong.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
