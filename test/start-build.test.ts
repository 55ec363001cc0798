// npm start builds only when the build is missing or older than the sources.
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script, without declarations
import { isBuildStale, isWebStale } from '../scripts/build-if-stale.js';

const stale = isBuildStale as (root: string) => boolean;
const webStale = isWebStale as (root: string) => boolean;

function project(): { root: string; at: (path: string, seconds: number) => void } {
  const root = mkdtempSync(join(tmpdir(), 'handoff-build-'));
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  const at = (path: string, seconds: number) => {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, seconds, seconds);
  };
  at('src/index.ts', 1_000);
  at('src/cli/main.ts', 1_000);
  at('tsconfig.json', 1_000);
  return { root, at };
}

describe('npm start', () => {
  it('does not build on every start', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts.start).toBe('node scripts/build-if-stale.js && node bin/handoff.js serve --demo');
  });

  it('builds when there is no build yet', () => {
    expect(stale(project().root)).toBe(true);
  });

  it('starts straight away when the build is newer than every source and tsconfig', () => {
    const { root, at } = project();
    at('dist/index.js', 2_000);
    at('src/cli/main.test.ts', 3_000); // tests are not built
    expect(stale(root)).toBe(false);
  });

  it('builds again when a source or a tsconfig changed after the build', () => {
    const edited = project();
    edited.at('dist/index.js', 2_000);
    edited.at('src/cli/main.ts', 3_000);
    expect(stale(edited.root)).toBe(true);
    const configured = project();
    configured.at('dist/index.js', 2_000);
    configured.at('tsconfig.build.json', 3_000);
    expect(stale(configured.root)).toBe(true);
  });

  it('builds the dashboard again when a file under web/ changed after its bundle', () => {
    const { root, at } = project();
    at('web/src/main.tsx', 1_000);
    expect(webStale(root)).toBe(true);
    at('dist/web/index.html', 2_000);
    at('web/src/format.test.ts', 3_000); // its unit tests are not bundled
    expect(webStale(root)).toBe(false);
    at('web/src/style.css', 3_000);
    expect(webStale(root)).toBe(true);
  });

  it('builds the dashboard again when the baseline comparison it shares with the CLI changed', () => {
    const { root, at } = project();
    at('web/src/main.tsx', 1_000);
    at('src/core/audit/compare-baseline.ts', 1_000);
    at('dist/web/index.html', 2_000);
    at('src/core/audit/compare-baseline.test.ts', 3_000);
    expect(webStale(root)).toBe(false);
    at('src/core/audit/compare-baseline.ts', 3_000);
    expect(webStale(root)).toBe(true);
  });
});
