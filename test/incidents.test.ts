// Incidents on every real database: opened by hand or by an automation, escalations linked and unlinked, the
// severity raised by the thresholds, phase messages to the key contacts, operational periods handed over to the
// rotation's next on-call, the update cadence with its reminder and missed updates, resolving applied to the linked
// escalations; every timer fires once, even with a second worker (a restarted or other node) looking.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor, Context } from '../src/context.js';
import { makePlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import { getEscalation } from '../src/services/escalations/get-escalation.js';
import { changeIncidentPhase } from '../src/services/incidents/change-incident-phase.js';
import { getIncident } from '../src/services/incidents/get-incident.js';
import { getIncidentMetrics } from '../src/services/incidents/get-incident-metrics.js';
import { handOverIncident } from '../src/services/incidents/hand-over-incident.js';
import { linkIncidentEscalation } from '../src/services/incidents/link-incident-escalation.js';
import { listIncidents } from '../src/services/incidents/list-incidents.js';
import { openIncident } from '../src/services/incidents/open-incident.js';
import { postIncidentUpdate } from '../src/services/incidents/post-incident-update.js';
import { resolveIncident } from '../src/services/incidents/resolve-incident.js';
import { unlinkIncidentEscalation } from '../src/services/incidents/unlink-incident-escalation.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { incidentPlaybookYaml } from './incident-fixtures.js';
import {
  admin,
  agent,
  openEscalation,
  serviceContext,
  type ServiceDeps,
  serviceWorker,
} from './service-harness.js';

// Monday 2026-11-23 08:00 UTC: olga is on call until 09:00, then oscar.
const t0 = Date.UTC(2026, 10, 23, 8, 0, 0);
const minute = 60_000;
const hour = 60 * minute;
// A person of the support team: the escalations in these tests are support's, so she may link them.
const lena: Actor = { kind: 'human', keyId: 'k-lena', name: 'lena', personId: 'lena' };

const runtimeFor = (onResolve: string) =>
  makePlaybookRuntime(1, parsePlaybook(incidentPlaybookYaml(onResolve)));

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let now = t0;
    let runtime = runtimeFor('resolve');
    const deps: ServiceDeps = { store: () => store, clock: () => now, playbook: async () => runtime };
    const ctx = (actor: Actor): Context => serviceContext(deps, actor);
    const escalate = (caseId: string, text: string) =>
      openEscalation(deps, { id: caseId, turn: 1, conversation: [{ role: 'customer', text }] });
    const timeline = async (id: string) => (await getIncident({ ctx: ctx(admin), id })).timeline;
    const types = async (id: string) => (await timeline(id)).map((event) => event.type);
    /** The outbox rows of an incident's events: endpoint, recipient and the message. */
    const messages = async (type: string) => {
      const rows = await store.db
        .selectFrom('outbox')
        .select(['endpoint', 'recipient', 'payload'])
        .where('escalation_id', 'is', null)
        .orderBy('id')
        .execute();
      return rows
        .map((row) => ({ ...row, payload: JSON.parse(String(row.payload)) as Record<string, unknown> }))
        .filter((row) => (row.payload['event'] as { type: string }).type === type)
        .map((row) => ({
          endpoint: row.endpoint,
          recipient: row.recipient,
          message: row.payload['message'],
        }));
    };
    /** Moves the clock to `at` and fires what is due; returns how many timers fired. */
    const advance = async (at: number) => {
      now = at;
      return serviceWorker(deps).drain();
    };

    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('opened by hand: roles filled from the rotation and the playbook, owner, cadence and the detected message', async () => {
      now = t0;
      const escalation = await escalate('manual-1', 'I want to talk to a person');
      const incident = await openIncident({
        ctx: ctx(lena),
        input: { title: 'Checkout errors', severity: 'sev1', escalations: [escalation] },
      });
      expect(incident).toMatchObject({
        severity: 'sev1',
        critical: true,
        phase: 'detected',
        status: 'open',
        owner: 'olga',
        roles: { commander: 'olga', communications: 'carla' },
        period: 1,
        nextUpdateAt: new Date(t0 + 30 * minute).toISOString(),
        escalations: [escalation],
      });
      expect(await types(incident.id)).toEqual(['opened', 'escalation_linked']);
      expect((await getEscalation({ ctx: ctx(admin), id: escalation })).timeline.at(-1)).toMatchObject({
        type: 'incident_linked',
        data: { incident: incident.id },
      });
      expect(await messages('opened')).toEqual(
        expect.arrayContaining([
          {
            endpoint: 'mail',
            recipient: 'address:cto@example.com',
            message: `Checkout errors (Critical) detected. Next update by ${new Date(t0 + 30 * minute).toISOString()}.`,
          },
          { endpoint: 'statuspage', recipient: null, message: 'Checkout errors (Critical) tespit edildi.' },
          expect.objectContaining({ endpoint: 'mail', recipient: 'olga' }),
          expect.objectContaining({ endpoint: 'mail', recipient: 'carla' }),
        ]),
      );
      await resolveIncident({ ctx: ctx(lena), id: incident.id, input: {} });
    });

    test('bad input is refused with nothing written: unknown severity, unknown escalation, wrong scope', async () => {
      now = t0;
      const before = (await listIncidents({ ctx: ctx(admin), input: {} })).incidents.length;
      await expect(
        openIncident({ ctx: ctx(lena), input: { title: 'x', severity: 'sev9' } }),
      ).rejects.toMatchObject({ code: 'bad_request', path: 'severity' });
      await expect(
        openIncident({ ctx: ctx(lena), input: { title: 'x', escalations: ['nope'] } }),
      ).rejects.toMatchObject({ code: 'bad_request', path: 'escalations[0]' });
      await expect(openIncident({ ctx: ctx(lena), input: { title: '' } })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'title',
      });
      await expect(openIncident({ ctx: ctx(agent), input: { title: 'x' } })).rejects.toMatchObject({
        code: 'forbidden',
      });
      expect((await listIncidents({ ctx: ctx(admin), input: {} })).incidents).toHaveLength(before);
    });

    test('the automation opens one incident for an outage and links the next ones; the third raises it to sev1', async () => {
      now = t0 + hour;
      const first = await escalate('outage-1', 'the site is down');
      const [incident] = (await listIncidents({ ctx: ctx(admin), input: { status: 'open' } })).incidents;
      expect(incident).toMatchObject({
        severity: 'sev2',
        critical: false,
        source: 'automation:outage-incident',
      });
      const id = incident?.id ?? '';
      expect(incident?.escalationCount).toBe(1);
      // sev2's cadence: every 2h, no reminder.
      expect(incident?.nextUpdateAt).toBe(new Date(now + 2 * hour).toISOString());
      now += minute;
      await escalate('outage-2', 'outage again');
      now += minute;
      const third = await escalate('outage-3', 'still down');
      const raised = await getIncident({ ctx: ctx(admin), id });
      expect(raised).toMatchObject({ severity: 'sev1', critical: true });
      expect(raised.escalations).toHaveLength(3);
      expect(raised.escalations).toContain(first);
      expect(raised.timeline.find((event) => event.type === 'severity_changed')?.data).toMatchObject({
        from: 'sev2',
        to: 'sev1',
        escalations: 3,
      });
      // sev1's cadence counts from the opening: due 30 minutes after it.
      expect(raised.nextUpdateAt).toBe(new Date(t0 + hour + 30 * minute).toISOString());
      const unlinked = await unlinkIncidentEscalation({ ctx: ctx(lena), id, escalation: third });
      expect(unlinked.escalations).toHaveLength(2);
      await expect(unlinkIncidentEscalation({ ctx: ctx(lena), id, escalation: third })).rejects.toMatchObject(
        {
          code: 'not_found',
        },
      );
      const relinked = await linkIncidentEscalation({ ctx: ctx(lena), id, input: { escalation: third } });
      expect(relinked.escalations).toHaveLength(3);
      await resolveIncident({ ctx: ctx(lena), id, input: { note: 'done' } });
    });

    test('the update cadence: a reminder before, a missed update when none came, and a posted update starts it again', async () => {
      now = t0 + 2 * hour;
      const { id } = await openIncident({
        ctx: ctx(lena),
        input: { title: 'Slow search', severity: 'sev1' },
      });
      const opened = now;
      await advance(opened + 24 * minute);
      expect((await types(id)).at(-1)).toBe('opened');
      await advance(opened + 25 * minute);
      expect((await timeline(id)).at(-1)).toMatchObject({
        type: 'update_reminder',
        data: { dueAt: new Date(opened + 30 * minute).toISOString() },
      });
      expect((await messages('update_reminder')).map((row) => row.recipient)).toContain('carla');
      await advance(opened + 30 * minute);
      const missed = await getIncident({ ctx: ctx(admin), id });
      expect(missed.timeline.at(-1)).toMatchObject({ type: 'update_missed' });
      expect(missed.nextUpdateAt).toBe(new Date(opened + 60 * minute).toISOString());
      // An update posted at +40m: the next is due at +70m, reminded at +65m; the old timers do nothing.
      now = opened + 40 * minute;
      const posted = await postIncidentUpdate({
        ctx: ctx(lena),
        id,
        input: { note: 'Index rebuilt, watching.' },
      });
      expect(posted.nextUpdateAt).toBe(new Date(opened + 70 * minute).toISOString());
      expect(await messages('update_posted')).toContainEqual({
        endpoint: 'statuspage',
        recipient: null,
        message: 'Slow search: Index rebuilt, watching.',
      });
      await advance(opened + 64 * minute);
      expect((await types(id)).filter((type) => type === 'update_missed')).toHaveLength(1);
      await advance(opened + 70 * minute);
      expect((await types(id)).filter((type) => type === 'update_missed')).toHaveLength(2);
      // A phase change is an update too; the identified message carries the note.
      now = opened + 75 * minute;
      const identified = await changeIncidentPhase({
        ctx: ctx(lena),
        id,
        input: { phase: 'identified', note: 'a bad index' },
      });
      expect(identified.nextUpdateAt).toBe(new Date(now + 30 * minute).toISOString());
      expect(await messages('phase_changed')).toContainEqual({
        endpoint: 'statuspage',
        recipient: null,
        message: 'Slow search nedeni bulundu: a bad index',
      });
      await expect(
        changeIncidentPhase({ ctx: ctx(lena), id, input: { phase: 'identified' } }),
      ).rejects.toMatchObject({ code: 'conflict' });
      const metrics = await getIncidentMetrics({ ctx: ctx(admin), input: {} });
      expect(metrics.missedUpdates).toBeGreaterThanOrEqual(2);
      await resolveIncident({ ctx: ctx(lena), id, input: {} });
      // Resolved: nothing more fires for it.
      await advance(now + 10 * hour);
      expect((await types(id)).at(-1)).toBe('resolved');
    });

    test('operational periods: at the end the outgoing owner is asked for a note, the incoming on-call owns it; each fires once', async () => {
      now = t0;
      const { id } = await openIncident({
        ctx: ctx(lena),
        input: { title: 'Data centre power', severity: 'sev2' },
      });
      // Period 1 ends at 20:00 (12h after 08:00); at 20:00 oscar is on call (olga's turn ended at 09:00).
      await advance(t0 + 12 * hour);
      const second = await getIncident({ ctx: ctx(admin), id });
      expect(second).toMatchObject({ period: 2, owner: 'oscar', roles: { commander: 'oscar' } });
      expect(second.periodStartedAt).toBe(new Date(t0 + 12 * hour).toISOString());
      expect(second.timeline.filter((event) => event.type === 'period_ended')).toEqual([
        expect.objectContaining({
          data: {
            period: 1,
            outgoing: 'olga',
            incoming: 'oscar',
            noteDueAt: new Date(t0 + 12 * hour + 30 * minute).toISOString(),
          },
        }),
      ]);
      expect((await messages('period_ended')).map((row) => row.recipient)).toEqual(['olga']);
      expect((await messages('owner_changed')).map((row) => row.recipient)).toContain('oscar');
      // The note is written in time: no "missed" at the deadline.
      now = t0 + 12 * hour + 10 * minute;
      await handOverIncident({
        ctx: ctx(admin),
        id,
        input: { note: 'Generator B is on; call the utility at 6.' },
      });
      await advance(t0 + 12 * hour + 30 * minute);
      expect(await types(id)).not.toContain('handover_note_missed');
      // Period 2 ends at 08:00 next day, still within oscar's turn (until 09:00): he keeps it. No note this time.
      await advance(t0 + 24 * hour + 30 * minute);
      const third = await getIncident({ ctx: ctx(admin), id });
      expect(third).toMatchObject({ period: 3, owner: 'oscar' });
      expect(third.timeline.filter((event) => event.type === 'handover_note_missed')).toEqual([
        expect.objectContaining({ data: { period: 2, outgoing: 'oscar' } }),
      ]);
      // A second worker (another node, or this one restarted) finds nothing left to fire.
      expect(await serviceWorker(deps, { nodeId: 'other' }).drain()).toBe(0);
      const fired = await store.db
        .selectFrom('timers')
        .select(['kind', 'fired_at'])
        .where('escalation_id', '=', id)
        .where('kind', '=', 'incident_period_end')
        .execute();
      expect(fired.filter((timer) => timer.fired_at !== null)).toHaveLength(2);
      expect(fired.filter((timer) => timer.fired_at === null)).toHaveLength(1);
      await resolveIncident({ ctx: ctx(lena), id, input: {} });
    });

    test('resolving resolves the linked escalations still open (or hands them back), with the resolved message', async () => {
      for (const rule of ['resolve', 'hand_back'] as const) {
        runtime = runtimeFor(rule);
        now = t0 + 5 * hour;
        const linked = await escalate(`resolve-${rule}`, 'please get me a human');
        const incident = await openIncident({
          ctx: ctx(lena),
          input: { title: `Billing run (${rule})`, severity: 'sev1', escalations: [linked] },
        });
        const resolved = await resolveIncident({
          ctx: ctx(lena),
          id: incident.id,
          input: { note: 'All clear.' },
        });
        expect(resolved).toMatchObject({ status: 'resolved', phase: 'resolved', nextUpdateAt: null });
        const escalation = await getEscalation({ ctx: ctx(admin), id: linked });
        expect(escalation.outcome).toBe(rule === 'resolve' ? 'resolved' : 'handed_back');
        expect(escalation.timeline.at(-1)?.data).toMatchObject({ incident: incident.id });
        expect(await messages('resolved')).toContainEqual({
          endpoint: 'mail',
          recipient: 'address:cto@example.com',
          message: `Billing run (${rule}) is resolved. All clear.`,
        });
        await expect(resolveIncident({ ctx: ctx(lena), id: incident.id, input: {} })).rejects.toMatchObject({
          code: 'conflict',
        });
      }
      runtime = runtimeFor('resolve');
      const metrics = await getIncidentMetrics({ ctx: ctx(admin), input: {} });
      expect(metrics.resolved).toBe(metrics.opened);
      expect(metrics.bySeverity['sev1']?.timeToResolve.count).toBeGreaterThan(0);
    });
  });
}
