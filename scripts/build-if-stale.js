// `npm start` builds only when dist/ is older than the sources: a full TypeScript build on a busy machine takes a
// minute, and `npm install` has already built once (the `prepare` script).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const isBuiltSource = (name) => name.endsWith('.ts') && !name.endsWith('.test.ts');
/** The dashboard's sources: its TypeScript, TSX, styles and page (its unit tests aside). */
const isWebSource = (name) => /\.(ts|tsx|css|html)$/.test(name) && !/\.test\.tsx?$/.test(name);

function newestSource(dir, isSource = isBuiltSource) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__') {
        newest = Math.max(newest, newestSource(path, isSource));
      }
    } else if (isSource(entry.name)) {
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

/**
 * Whether the dashboard's bundle (dist/web) is missing or older than a file under web/ or src/core/audit/ (the
 * dashboard shares the baseline comparison with the CLI).
 */
export function isWebStale(root) {
  const built = mtimeOf(join(root, 'dist', 'web', 'index.html'));
  const newest = Math.max(
    newestSource(join(root, 'web'), isWebSource),
    existsSync(join(root, 'src', 'core', 'audit')) ? newestSource(join(root, 'src', 'core', 'audit')) : 0,
  );
  return built === undefined || newest > built;
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
  if ((process.exitCode ?? 0) === 0 && isWebStale(root)) {
    process.stderr.write('building the dashboard (web/ changed since the last build)…\n');
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts'], {
      cwd: root,
      stdio: 'inherit',
    });
    process.exitCode = result.status ?? 1;
  }
}
