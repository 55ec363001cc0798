// `npm start` builds only when dist/ is older than the sources: a full TypeScript build on a busy machine takes a
// minute, and `npm install` has already built once (the `prepare` script).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const isBuiltSource = (name) => name.endsWith('.ts') && !name.endsWith('.test.ts');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__') {
        newest = Math.max(newest, newestSource(path));
      }
    } else if (isBuiltSource(entry.name)) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Whether `root`'s build is missing or older than a source file or a tsconfig. tsc rewrites every output on each
 * build, so the library entry's time is the build's time.
 */
export function isBuildStale(root) {
  const built = mtimeOf(join(root, 'dist', 'index.js'));
  if (built === undefined) {
    return true;
  }
  const configs = ['tsconfig.json', 'tsconfig.build.json'].map((name) => mtimeOf(join(root, name)) ?? 0);
  return Math.max(newestSource(join(root, 'src')), ...configs) > built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (isBuildStale(root)) {
    process.stderr.write('building (the sources changed since the last build)…\n');
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'inherit',
    });
    process.exitCode = result.status ?? 1;
  }
}
