// Playbook versions on every real database: put, list, read, activate, roll back and seed, and what decides after each.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin, agent, serviceContext, type ServiceDeps } from '../../../test/service-harness.js';
import { customerCase, human, t0, verbYaml } from '../../../test/verb-fixtures.js';
import type { Actor } from '../../context.js';
import { evaluateCase } from '../escalations/evaluate-case.js';
import { selectActivePlaybookVersion } from '../../store/queries/select-active-playbook-version.js';
import { type ActivePlaybook, makeActivePlaybook } from './active-playbook.js';
import {
  activatePlaybookVersion,
  getPlaybookYaml,
  listPlaybookVersions,
  putPlaybook,
  rollbackPlaybook,
  seedPlaybook,
} from './playbook-versions.js';

/** The verbs playbook, but "hello" escalates. */
const helloYaml = verbYaml
  .replace('name: verbs', 'name: verbs-hello')
  .replace('triggers:\n', 'triggers:\n  - id: hello\n    kind: keyword\n    keywords: [hello]\n');

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let active: ActivePlaybook;
    let now = t0;
    // The active version is read afresh on every call, as a node does once its recheck interval has passed.
    const deps: ServiceDeps = { store: () => store, clock: () => now, playbook: () => active.get() };
    const as = (actor: Actor) => serviceContext(deps, actor);
    const put = (yaml: string, by: Actor = admin, activate?: boolean) =>
      putPlaybook({ ctx: as(by), yaml, ...(activate === undefined ? {} : { activate }) });
    const versions = async () =>
      (await listPlaybookVersions({ ctx: as(admin) })).map((version) => [version.version, version.active]);
    const sayHello = async () =>
      (await evaluateCase({ ctx: as(agent), input: { case: customerCase('hello there') } })).decision.action;
    beforeAll(async () => {
      store = await makeTestStore(dialect);
      active = makeActivePlaybook(store.db, () => now, 0);
    });
    afterAll(() => store.close());

    test('before any version nothing is decided; the first one put is active and decides', async () => {
      await expect(sayHello()).rejects.toMatchObject({ code: 'unavailable' });
      await expect(getPlaybookYaml({ ctx: as(admin) })).rejects.toMatchObject({ code: 'not_found' });
      const first = await put(verbYaml);
      expect(first).toEqual({
        version: 1,
        name: 'verbs',
        source: 'api',
        createdAt: new Date(t0).toISOString(),
        createdBy: 'admin',
        active: true,
      });
      expect(await getPlaybookYaml({ ctx: as(human('ana')) })).toEqual({ version: 1, yaml: verbYaml });
      expect(await sayHello()).toBe('continue');
      await expect(rollbackPlaybook({ ctx: as(admin) })).rejects.toMatchObject({ code: 'conflict' });
    });

    test('invalid YAML is refused with where the problem is, and nothing is stored', async () => {
      const broken = verbYaml.replace('default_route:\n  team: desk', 'default_route:\n  team: nowhere');
      const line = broken.split('\n').indexOf('  team: nowhere') + 1;
      await expect(put(broken)).rejects.toMatchObject({
        code: 'invalid_playbook',
        details: expect.arrayContaining([
          expect.objectContaining({ path: 'default_route.team', line, col: 9 }),
        ]),
      });
      await expect(put('handoff: 1\nteams: [\n')).rejects.toMatchObject({
        code: 'invalid_playbook',
        details: [expect.objectContaining({ line: expect.any(Number), col: expect.any(Number) })],
      });
      expect(await versions()).toEqual([[1, true]]);
    });

    test('only an admin stores, activates or rolls back', async () => {
      for (const actor of [human('ana'), agent]) {
        await expect(put(helloYaml, actor)).rejects.toMatchObject({ code: 'forbidden' });
        await expect(activatePlaybookVersion({ ctx: as(actor), version: 1 })).rejects.toMatchObject({
          code: 'forbidden',
        });
        await expect(rollbackPlaybook({ ctx: as(actor) })).rejects.toMatchObject({ code: 'forbidden' });
      }
      expect(await versions()).toEqual([[1, true]]);
    });

    test('a new version decides from then on; activating an older one and rolling back switch between them', async () => {
      now += 60_000;
      expect(await put(helloYaml)).toMatchObject({ version: 2, name: 'verbs-hello', active: true });
      expect(await sayHello()).toBe('escalate');
      expect(await versions()).toEqual([
        [2, true],
        [1, false],
      ]);
      expect(await activatePlaybookVersion({ ctx: as(admin), version: 1 })).toMatchObject({
        version: 1,
        active: true,
      });
      expect(await sayHello()).toBe('continue');
      expect(await rollbackPlaybook({ ctx: as(admin) })).toMatchObject({ version: 2, active: true });
      expect(await sayHello()).toBe('escalate');
      expect((await getPlaybookYaml({ ctx: as(admin), version: 1 })).yaml).toBe(verbYaml);
    });

    test('a version stored with activate false is kept but does not decide', async () => {
      const before = await getPlaybookYaml({ ctx: as(admin) });
      const draft = await put(verbYaml.replace('name: verbs', 'name: draft'), admin, false);
      expect(draft).toMatchObject({ name: 'draft', active: false });
      expect((await getPlaybookYaml({ ctx: as(admin) })).version).toBe(before.version);
    });

    test('an unknown version is not found', async () => {
      await expect(activatePlaybookVersion({ ctx: as(admin), version: 99 })).rejects.toMatchObject({
        code: 'not_found',
        path: 'version',
      });
      await expect(getPlaybookYaml({ ctx: as(admin), version: 99 })).rejects.toMatchObject({
        code: 'not_found',
        path: 'version',
      });
    });

    test('admins storing versions at once each get their own number, and rollback walks back through all', async () => {
      const before = (await listPlaybookVersions({ ctx: as(admin) })).length;
      const stored = await Promise.all(
        [1, 2, 3].map((n) => put(verbYaml.replace('name: verbs', `name: at-once-${n}`))),
      );
      const numbers = stored.map((version) => version.version).sort((a, b) => a - b);
      expect(numbers).toEqual([before + 1, before + 2, before + 3]);
      const visited = [(await getPlaybookYaml({ ctx: as(admin) })).version];
      for (let i = 0; i < 2; i += 1) {
        visited.push((await rollbackPlaybook({ ctx: as(admin) })).version);
      }
      expect(visited.sort((a, b) => a - b)).toEqual(numbers);
    });

    test('a version activated while the node is reading the active one is what the node then uses', async () => {
      const before = await put(verbYaml.replace('name: verbs', 'name: before-a-read'));
      let release: () => void = () => undefined;
      let isFirst = true;
      // The node's first read of the active version is held after the query, until the other version is stored.
      const held = makeActivePlaybook(
        store.db,
        () => now,
        60_000,
        undefined,
        async (db) => {
          const version = await selectActivePlaybookVersion(db);
          if (isFirst) {
            isFirst = false;
            await new Promise<void>((resolve) => {
              release = resolve;
            });
          }
          return version;
        },
      );
      const reading = held.get();
      const stored = await put(verbYaml.replace('name: verbs', 'name: during-a-read'));
      expect(stored.version).toBe(before.version + 1);
      held.invalidate();
      release();
      expect((await reading).version).toBe(stored.version);
      expect((await held.get()).version).toBe(stored.version);
    });

    test('seeding at start adds a version only when the text differs from the active one', async () => {
      const seeded = await seedPlaybook(store, helloYaml, 'file', now);
      expect(await seedPlaybook(store, helloYaml, 'file', now)).toBe(seeded);
      expect((await getPlaybookYaml({ ctx: as(admin) })).version).toBe(seeded);
      const count = (await listPlaybookVersions({ ctx: as(admin) })).length;
      expect(await seedPlaybook(store, verbYaml, 'file', now)).toBe(count + 1);
    });
  });
}
