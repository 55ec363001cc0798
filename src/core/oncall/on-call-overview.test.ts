// The on-call overview: now and next per rotation, and each ladder's steps with whom they reach at that moment.
import { describe, expect, it } from 'vitest';
import { supportPrimaryRotation, validYaml } from '../playbook/__fixtures__/playbook-yaml.js';
import { parsePlaybook } from '../playbook/parse-playbook.js';
import { onCallOverview } from './on-call-overview.js';
import { compileRotation } from './who-is-on-call.js';

const playbook = parsePlaybook(
  `${validYaml.replace(/people:\n/, 'people:\n  - { id: mehmet, name: Mehmet, teams: [support] }\n')}oncall:
  rotations:
${supportPrimaryRotation}  ladders:
    - team: support
      repeat: 1
      levels:
        - { notify: [rotation:support-primary], delay: 5m }
        - { notify: [person:bora, team:support], delay: 10m }
        - { notify: [tier:next] }
`,
);
const people = new Map((playbook.people ?? []).map((person) => [person.id, person]));
const overviewAt = (at: number) =>
  onCallOverview({
    at,
    rotations: (playbook.oncall?.rotations ?? []).map(compileRotation),
    ladders: playbook.oncall?.ladders ?? [],
    people,
  });

describe('onCallOverview', () => {
  it('gives who is on call now and who takes over next, with names', () => {
    // Wednesday 18 November 2026, 12:00 UTC: Ayşe's day (09:00 Istanbul = 06:00 UTC hand-over).
    const [row] = overviewAt(Date.UTC(2026, 10, 18, 12)).rotations;
    expect(row).toMatchObject({
      rotation: 'support-primary',
      team: 'support',
      timezone: 'Europe/Istanbul',
      now: { id: 'ayse', name: 'Ayşe', from: Date.UTC(2026, 10, 18, 6), to: Date.UTC(2026, 10, 19, 6) },
      next: { id: 'mehmet', name: 'Mehmet', from: Date.UTC(2026, 10, 19, 6), to: Date.UTC(2026, 10, 20, 6) },
    });
  });

  it('lists each ladder step with its delay, when it fires from the start, and whom it reaches now', () => {
    const [ladder] = overviewAt(Date.UTC(2026, 10, 19, 12)).ladders;
    expect(ladder).toMatchObject({ team: 'support', startOn: ['created'], repeat: 1, repeatAfter: null });
    expect(ladder?.steps).toEqual([
      {
        level: 1,
        delay: '5m',
        afterMs: 300_000,
        notify: [{ target: 'rotation:support-primary', people: [{ id: 'mehmet', name: 'Mehmet' }] }],
      },
      {
        level: 2,
        delay: '10m',
        afterMs: 900_000,
        notify: [
          { target: 'person:bora', people: [{ id: 'bora', name: 'Bora' }] },
          {
            target: 'team:support',
            people: [
              { id: 'mehmet', name: 'Mehmet' },
              { id: 'ayse', name: 'Ayşe' },
            ],
          },
        ],
      },
      { level: 3, delay: '0m', afterMs: 900_000, notify: [{ target: 'tier:next', people: [] }] },
    ]);
  });
});
