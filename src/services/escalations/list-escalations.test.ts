// listEscalations on every real database: filters, cursor pages, and each caller seeing only what they may read.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin, agent } from '../../../test/service-harness.js';
import { human, makeVerbBench, otherAgent } from '../../../test/verb-fixtures.js';
import type { Actor } from '../../context.js';
import { claimEscalation } from './claim-escalation.js';
import { listEscalations } from './list-escalations.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const list = (input: unknown, by: Actor = admin) => listEscalations({ ctx: bench.as(by), input });
    const ids = async (input: unknown, by: Actor = admin) =>
      (await list(input, by)).items.map((item) => item.id);
    /** Opened one second apart: desk, billing, desk, billing, billing; the second billing one claimed by bora. */
    let opened: { desk: string[]; billing: string[]; theirs: string };
    beforeAll(async () => {
      store = await makeTestStore(dialect);
      const open = async (text: string, by: Actor = agent) => {
        bench.clock.advance(1_000);
        return bench.open(text, by);
      };
      const desk1 = await open('I want to talk to a human');
      const billing1 = await open('my invoice is wrong');
      const desk2 = await open('a human please');
      const billing2 = await open('another invoice problem');
      const billing3 = await open('invoice again', otherAgent);
      await claimEscalation({ ctx: bench.as(human('bora')), id: billing2, input: {} });
      opened = { desk: [desk1, desk2], billing: [billing1, billing2, billing3], theirs: billing3 };
    });
    afterAll(() => store.close());

    test('newest first, each filter narrowing, a comma meaning any of', async () => {
      const [billing1, billing2, billing3] = opened.billing;
      const [desk1, desk2] = opened.desk;
      expect(await ids({})).toEqual([billing3, billing2, desk2, billing1, desk1]);
      expect(await ids({ team: 'billing' })).toEqual([billing3, billing2, billing1]);
      expect(await ids({ team: 'billing', status: 'in_progress' })).toEqual([billing2]);
      expect(await ids({ assignee: 'bora' })).toEqual([billing2]);
      expect(await ids({ status: 'new,in_progress', team: 'desk,billing' })).toHaveLength(5);
      expect(await ids({ priority: 'high' })).toEqual([desk2, desk1]);
      expect(await ids({ tier: 'L3' })).toEqual([]);
      const caseId = (await bench.read(desk1 ?? '')).caseId;
      expect(await ids({ case_id: caseId })).toEqual([desk1]);
    });

    test('cursor pages visit every match once, in order, and the last page has no cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof list>> = await list({
          limit: 2,
          ...(cursor === null ? {} : { cursor }),
        });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(await ids({}));
    });

    test('an agent lists only what it opened; a person lists their teams; an admin lists all', async () => {
      expect(await ids({}, otherAgent)).toEqual([opened.theirs]);
      expect(new Set(await ids({}, agent))).toEqual(
        new Set([...opened.desk, ...opened.billing].filter((id) => id !== opened.theirs)),
      );
      expect(new Set(await ids({}, human('bora')))).toEqual(new Set(opened.billing));
      expect(new Set(await ids({}, human('ana')))).toEqual(new Set(opened.desk));
      expect(await ids({ team: 'billing' }, human('ana'))).toEqual([]);
      expect(await ids({}, admin)).toHaveLength(5);
    });

    test('bad input is refused naming the field', async () => {
      await expect(list({ cursor: 'bm9wZQ' })).rejects.toMatchObject({ code: 'bad_request', path: 'cursor' });
      await expect(list({ limit: 0 })).rejects.toMatchObject({ code: 'bad_request', path: 'limit' });
      await expect(list({ limit: 501 })).rejects.toMatchObject({ code: 'bad_request', path: 'limit' });
      await expect(list({ team: '' })).rejects.toMatchObject({ code: 'bad_request', path: 'team' });
      await expect(list({ colour: 'red' })).rejects.toMatchObject({ code: 'bad_request' });
    });
  });
}
