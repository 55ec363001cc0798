// `handoff/client` as a user imports it: the package export resolves, and the built module loads nothing of Node
// nor of the server (it runs in browsers as well).
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', 'client');

describe('the handoff/client package export', () => {
  it('imports only its own modules at run time: no node: modules, nothing of the server', () => {
    const files = readdirSync(built).filter((name) => name.endsWith('.js'));
    expect(files).toContain('handoff-client.js');
    for (const file of files) {
      const text = readFileSync(join(built, file), 'utf8');
      const specifiers = [
        ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g),
      ].map((match) => match[1]);
      for (const specifier of specifiers) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/[\w-]+\.js$/);
      }
      expect(text, file).not.toMatch(/\bimport\(|require\(/);
    }
  });

  it('resolves by the package name, as an installed package would', async () => {
    const script =
      "import('handoff/client').then((m) => console.log(typeof m.HandoffClient, typeof m.HandoffClientError))";
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: root }, (error, out) =>
        error === null ? resolve(out) : reject(error),
      ),
    );
    expect(stdout.trim()).toBe('function function');
  });
});
