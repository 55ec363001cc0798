// The two incident templates end to end on every real database, with a fake clock: outage chats open one incident
// through the template's automation, the update cadence reminds and records a missed update, an operational period
// ends and the next on-call takes over after a hand-over request, and resolving applies the template's rule.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../src/context.js';
import { makePlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { getEscalation } from '../src/services/escalations/get-escalation.js';
import { changeIncidentPhase } from '../src/services/incidents/change-incident-phase.js';
import { getIncident } from '../src/services/incidents/get-incident.js';
import { listIncidents } from '../src/services/incidents/list-incidents.js';
import { resolveIncident } from '../src/services/incidents/resolve-incident.js';
import { loadTemplate } from '../src/services/playbooks/templates.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { admin, openEscalation, serviceContext, type ServiceDeps, serviceWorker } from './service-harness.js';

const minute = 60_000;
const hour = 60 * minute;

const cases = [
  {
    template: 'incident-action-plan',
    // Wednesday 2026-11-25 10:00 UTC: burak's week on engineering-primary (from Monday 2026-11-23).
    t0: Date.UTC(2026, 10, 25, 10, 0, 0),
    texts: ['The site is down', 'Uygulama çöktü'],
    opened: {
      severity: 'sev2',
      owner: 'burak',
      roles: { commander: 'kerem', operations: 'burak', communications: 'deniz' },
    },
    cadence: { every: 60, remindBefore: 10 },
    period: { length: 12, note: 30 },
    outcome: 'resolved',
  },
  {
    template: 'incident-communications',
    t0: Date.UTC(2026, 10, 25, 10, 0, 0),
    texts: ['Your app is down', 'Ödeme sayfası çalışmıyor'],
    opened: { severity: 'major', owner: 'james' },
    cadence: { every: 60, remindBefore: 10 },
    period: { length: 8, note: 20 },
    outcome: 'handed_back',
  },
] as const;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    for (const example of cases) {
      test(`${example.template}: outage chats → one incident, cadence, a hand-over, resolution`, async () => {
        const runtime = makePlaybookRuntime(1, loadTemplate(example.template));
        let now: number = example.t0;
        const deps: ServiceDeps = { store: () => store, clock: () => now, playbook: async () => runtime };
        const ctx = (actor: Actor) => serviceContext(deps, actor);
        const advance = async (at: number) => {
          now = at;
          await serviceWorker(deps).drain();
        };
        const chats: string[] = [];
        for (const [index, text] of example.texts.entries()) {
          chats.push(
            await openEscalation(deps, {
              id: `${example.template}-${index}`,
              turn: 1,
              conversation: [{ role: 'customer', text }],
            }),
          );
          now += minute;
        }
        const open = (await listIncidents({ ctx: ctx(admin), input: { status: 'open' } })).incidents.filter(
          (incident) => incident.source === 'automation:outage-opens-incident',
        );
        expect(open).toHaveLength(1);
        const id = open[0]?.id ?? '';
        const incident = await getIncident({ ctx: ctx(admin), id });
        expect(incident).toMatchObject(example.opened);
        expect(incident.escalations.sort()).toEqual([...chats].sort());
        const { every, remindBefore } = example.cadence;
        const openedAt = example.t0;
        expect(incident.nextUpdateAt).toBe(new Date(openedAt + every * minute).toISOString());

        await advance(openedAt + (every - remindBefore) * minute);
        await advance(openedAt + every * minute);
        const types = (await getIncident({ ctx: ctx(admin), id })).timeline.map((event) => event.type);
        expect(types).toEqual(expect.arrayContaining(['update_reminder', 'update_missed']));

        now = openedAt + every * minute + 5 * minute;
        await changeIncidentPhase({
          ctx: ctx(admin),
          id,
          input: { phase: 'identified', note: 'A bad deploy.' },
        });

        // The period ends; the outgoing owner is asked for a note and, unanswered, it is recorded as missed.
        await advance(openedAt + example.period.length * hour + example.period.note * minute);
        const later = await getIncident({ ctx: ctx(admin), id });
        expect(later.period).toBe(2);
        expect(later.timeline.map((event) => event.type)).toEqual(
          expect.arrayContaining(['period_ended', 'owner_changed', 'handover_note_missed']),
        );

        await resolveIncident({ ctx: ctx(admin), id, input: { note: 'Rolled back.' } });
        for (const chat of chats) {
          expect((await getEscalation({ ctx: ctx(admin), id: chat })).outcome).toBe(example.outcome);
        }
      });
    }
  });
}
