// The escalation-matrix template end to end on every real database: each missed deadline moves an escalation
// exactly one level to the right of the grid, to the named owner at the top, and the ladder announces each climb.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS } from './databases.js';
import { minute, sampleCase, templateJourney } from './template-journeys.js';

const template = 'escalation-matrix';
// Wednesday 18 November 2026, 11:00 in Istanbul: inside the care calendar's hours (08:00-20:00).
const t0 = Date.UTC(2026, 10, 18, 8, 0, 0);

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const journey = templateJourney(template, dialect, t0);
    beforeAll(() => journey.open());
    afterAll(() => journey.close());

    test('a sev2 key account starts at L2, climbs to L3 at the 30-minute response and to the director at the hourly update', async () => {
      journey.at(t0);
      const escalation = await journey.evaluate(sampleCase(template, 'mx-006'));
      expect(escalation).toMatchObject({ team: 'customer-care', tier: 'L2', priority: 'sev2' });
      const levels: Array<[number, string | null, string | null]> = [];
      for (const step of [29, 30, 60]) {
        journey.at(t0 + step * minute);
        await journey.drain();
        const detail = await journey.read(escalation.id);
        levels.push([step, detail.tier, detail.assignee]);
      }
      expect(levels).toEqual([
        [29, 'L2', null],
        [30, 'L3', null],
        [60, 'L4', 'leyla'],
      ]);
      const climbs = await journey.events(escalation.id, 'tier_changed');
      expect(climbs.map((event) => event.minute)).toEqual([30, 60]);
      expect((await journey.read(escalation.id)).tags).toEqual(['climbed']);
    });

    test('a sev3 request for a person climbs from L1 after two working hours, and the ladder announces it', async () => {
      journey.at(t0);
      const escalation = await journey.evaluate(sampleCase(template, 'mx-003'));
      expect(escalation).toMatchObject({ tier: 'L1', priority: 'sev3' });
      for (const step of [0, 15, 119, 120, 135]) {
        journey.at(t0 + step * minute);
        await journey.drain();
      }
      expect((await journey.read(escalation.id)).tier).toBe('L2');
      const pages = await journey.events(escalation.id, 'ladder_notified');
      expect(pages.map((page) => [page.minute, page.data.level])).toEqual([
        [0, 0],
        [15, 1],
        [120, 0],
        [135, 1],
      ]);
    });
  });
}
