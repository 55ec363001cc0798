// The dashboard end to end in a real headless Chromium (Debian's, driven by playwright-core; nothing downloaded):
// sign in, live queue, claim / reply / resolve, an incident followed live and run from its page (phase, update,
// hand-over, resolution, a stale page and a refusal), a lost claim race explained, Turkish, metrics, on call,
// playbook, late answers of a view's reads never shown over newer ones, an ended session, and an axe-core
// accessibility check on each view. A failing test leaves a screenshot in .tmp/e2e/. Chromium that cannot start fails
// the suite: it is never skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { type Browser, type BrowserContext, chromium, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makePlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import { incidentPeriodEnd } from '../src/runtime/timers/incident-timer-effects.js';
import { createApiKey } from '../src/services/keys/api-keys.js';
import { openDatabase } from '../src/store/database.js';
import { defaultWebRoot } from '../src/transports/http/routes/dashboard.js';
import { type RunningServer, startServer } from '../src/transports/server/start-server.js';
import { smallLogCsv } from './audit-fixtures.js';
import { makeTestStore, type TestStore } from './databases.js';
import { workYaml } from './escalation-fixtures.js';
import { dailyRotation } from './playbook-fixtures.js';
// @ts-expect-error: a plain JavaScript script, without declarations
import { isWebStale } from '../scripts/build-if-stale.js';

const webStale = isWebStale as (root: string) => boolean;

const CHROMIUM = process.env.HANDOFF_CHROMIUM ?? '/usr/bin/chromium';
const shots = join(process.cwd(), '.tmp', 'e2e');
const axeSource = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The work playbook with an SLA, so the escalation view has clocks to count down, and an on-call rotation and ladder. */
const yaml = `${workYaml}sla:
  policies:
    - id: standard
      first_response: 30m
      resolution: 8h
oncall:
  rotations:
${dailyRotation('desk-primary', 'desk', 'ana, ben', { timezone: 'Europe/Istanbul' })}  ladders:
    - team: desk
      levels:
        - { notify: [rotation:desk-primary], delay: 5m }
        - { notify: [person:bora, tier:next], delay: 10m }
incidents:
  severities:
    - { id: sev2, name: Major }
  roles:
    - { id: commander, name: Incident commander, filled_by: ['person:ana'] }
  periods: { length: 12h, rotation: desk-primary, handover_note_within: 30m }
`;

const stats = (median: number) => ({ median, p90: median * 2, mean: median, count: 4 });
const headline = (median: number, rate: number) => ({
  timeToFirstHumanResponse: {
    ...stats(median),
    businessMedian: median,
    businessP90: median,
    businessMean: median,
  },
  resolutionTime: { escalated: stats(median * 3), notEscalated: stats(median) },
  firstContactResolution: { rate, count: 4 },
});
/** Evaluated in the page: resolves after two animation frames, when what an answer changed has been drawn. */
const TWO_FRAMES = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';

/** Lets reads held by `page.route` go, each as `release` says, and waits until the page has received every answer. */
async function letHeldReadsGo(page: Page, held: readonly Route[], release: (route: Route) => Promise<void>) {
  const finished = held.map((route) =>
    page.waitForEvent('requestfinished', { predicate: (request) => request === route.request() }),
  );
  for (const route of held) {
    await release(route);
  }
  await Promise.all(finished);
}
/** GET /v1/metrics as documented (durations in ms). */
const metricsAnswer = {
  from: '2026-11-16T00:00:00.000Z',
  to: '2026-11-19T00:00:00.000Z',
  tz: 'Europe/Istanbul',
  interval: 'day',
  groupBy: null,
  headline: headline(1_800_000, 0.5),
  rates: { escalation: 0.2 },
  sla: { first_response: { met: 3, breached: 1 } },
  backlog: { open: 4 },
  bottlenecks: { dwellByStatus: { new: 600_000 } },
  groups: [],
  series: [
    { at: '2026-11-16T00:00:00.000Z', headline: headline(3_600_000, 0.25) },
    { at: '2026-11-17T00:00:00.000Z', headline: headline(1_800_000, 0.5) },
    { at: '2026-11-18T00:00:00.000Z', headline: headline(900_000, 0.75) },
  ],
};

describe('the dashboard in Chromium', () => {
  let browser: Browser;
  let database: TestStore;
  let server: RunningServer;
  let offset = 0;
  const keys: Record<string, string> = {};
  let agent: string;

  beforeAll(async () => {
    // The bundle under test is the one built from the sources as they are (npm test does this first too).
    if (webStale(process.cwd())) {
      const vite = join('node_modules', 'vite', 'bin', 'vite.js');
      spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts'], { stdio: 'inherit' });
    }
    if (!existsSync(join(defaultWebRoot, 'index.html'))) {
      throw new Error(`the dashboard could not be built into ${defaultWebRoot}`);
    }
    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    } catch (error) {
      throw new Error(
        `Chromium could not start from ${CHROMIUM} (apt-get install -y chromium, or set HANDOFF_CHROMIUM): ${String(error)}`,
      );
    }
    database = await makeTestStore('sqlite');
    server = await startServer({
      databaseUrl: database.url,
      port: 0,
      seed: { yaml, source: 'test' },
      logger: pino({ level: 'silent' }),
      clock: () => Date.now() + offset,
      rateLimitPerMinute: 0,
      authFailuresPerMinute: 0,
      workers: false,
    });
    const make = async (scope: 'agent' | 'human' | 'admin', person?: string) =>
      (
        await createApiKey(
          server.store,
          { scope, name: `${scope}-${person ?? 'e2e'}`, ...(person === undefined ? {} : { person }) },
          Date.now(),
        )
      ).key;
    agent = await make('agent');
    keys.ana = await make('human', 'ana');
    keys.ben = await make('human', 'ben');
    keys.admin = await make('admin');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
  });

  let caseNumber = 0;
  async function openEscalation(
    text = 'I want to talk to a human',
    locale = 'en',
  ): Promise<{ id: string; version: number }> {
    caseNumber += 1;
    const reply = await fetch(`${server.url}/v1/evaluate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agent}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `e2e-${caseNumber}`,
        turn: 1,
        locale,
        customer: { id: 'C-1', name: 'Deniz' },
        conversation: [{ role: 'customer', text }],
      }),
    });
    expect(reply.status).toBe(201);
    return ((await reply.json()) as { escalation: { id: string; version: number } }).escalation;
  }

  const contexts: BrowserContext[] = [];
  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Istanbul' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  async function signIn(page: Page, key: string): Promise<void> {
    await page.goto(server.url);
    await page.getByLabel('Your key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  /** axe-core on the page as it is: no violations of WCAG 2 A/AA rules. */
  async function expectAccessible(page: Page, view: string): Promise<void> {
    // Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses inline scripts.
    await page.evaluate(axeSource);
    // Runs in the page (the test's own TypeScript has no DOM types): axe checks the whole document.
    const violations = (await page.evaluate(`(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      });
      if (result.passes.length === 0) {
        return ['axe-core checked nothing'];
      }
      return result.violations.map((v) => v.id + ': ' + JSON.stringify(v.nodes.map((node) => node.target)));
    })()`)) as string[];
    expect(violations, view).toEqual([]);
  }

  /** Whether Tab, pressed from the top of the page, reaches the element (at most `presses` times). */
  async function reachableByTab(
    page: Page,
    target: ReturnType<Page['locator']>,
    presses = 80,
  ): Promise<boolean> {
    await page.locator('body').focus();
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    for (let i = 0; i < presses; i += 1) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) {
        return true;
      }
    }
    return false;
  }

  /** Runs a test body; on failure saves a screenshot of each page named. */
  async function withShots(name: string, pages: Page[], body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      mkdirSync(shots, { recursive: true });
      await Promise.all(
        pages.map((page, index) =>
          page
            .screenshot({ path: join(shots, `${name}-${index}.png`), fullPage: true })
            .catch(() => undefined),
        ),
      );
      throw error;
    }
  }

  test('sign in, a new escalation appears live, then claim, reply and resolve', async () => {
    const page = await newPage();
    await withShots('work', [page], async () => {
      await expectAccessible(await (async () => (await page.goto(server.url), page))(), 'sign-in');
      await signIn(page, keys.ana ?? '');
      await page.goto(`${server.url}/#/queue/teams`);
      await page.getByRole('heading', { name: "My teams'" }).waitFor();
      await page.getByText('Live', { exact: true }).waitFor();
      const escalation = await openEscalation();
      // No reload: the stream brings it.
      const row = page.locator(`tr[data-id="${escalation.id}"]`);
      await row.waitFor();
      await expectAccessible(page, 'queue');

      await row.getByRole('link').click();
      await page.getByRole('heading', { name: new RegExp(escalation.id) }).waitFor();
      await page.getByRole('timer').first().waitFor();
      await expectAccessible(page, 'escalation');
      await page.getByRole('button', { name: 'Claim' }).click();
      await expect.poll(() => page.getByTestId('assignee').textContent()).toBe('ana');
      await page.getByLabel('Message').fill('Hello Deniz, I am on it.');
      await page.getByRole('button', { name: 'Send public reply' }).click();
      await page.getByText('Hello Deniz, I am on it.').waitFor();
      await page.getByLabel('Outcome').selectOption('resolved');
      await page.getByRole('button', { name: 'Resolve' }).click();
      await expect.poll(() => page.getByTestId('status').textContent()).toBe('resolved');
    });
  });

  test('an open incident, and the list of incidents, change live as the incident does', async () => {
    const page = await newPage();
    await withShots('incident', [page], async () => {
      const ana = keys.ana ?? '';
      await signIn(page, ana);
      const post = async (path: string, body: unknown) => {
        const reply = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ana}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(reply.status).toBeLessThan(300);
        return (await reply.json()) as { id: string };
      };
      await page.goto(`${server.url}/#/incidents`);
      await page.getByRole('heading', { name: 'Open incidents' }).waitFor();
      await page.getByText('Live', { exact: true }).waitFor();
      const incident = await post('/v1/incidents', { title: 'Checkout is failing', severity: 'sev2' });
      await page.getByRole('link', { name: 'Checkout is failing' }).click();
      await page.getByRole('heading', { name: 'Checkout is failing' }).waitFor();
      await page.getByTestId('incident-phase').getByText('detected').waitFor();
      await expectAccessible(page, 'incident');
      await post(`/v1/incidents/${incident.id}/phase`, { phase: 'identified', note: 'A bad deploy' });
      await page.getByTestId('incident-phase').getByText('identified').waitFor();
      await post(`/v1/incidents/${incident.id}/updates`, { note: 'Rolling back now' });
      await page.getByText(/update_posted .*: Rolling back now/).waitFor();
      await post(`/v1/incidents/${incident.id}/resolve`, {});
      await page.getByTestId('incident-phase').getByText('resolved').waitFor();
      await page.goto(`${server.url}/#/incidents`);
      await page.getByText('No open incidents.').waitFor();
    });
  });

  /** Calls the API with a key, as a script or another person would; returns the status and the JSON answer. */
  async function callApi(
    key: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const reply = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: reply.status, body: (await reply.json()) as Record<string, unknown> };
  }

  async function openIncident(title: string): Promise<string> {
    const opened = await callApi(keys.ana ?? '', 'POST', '/v1/incidents', { title, severity: 'sev2' });
    expect(opened.status).toBe(201);
    return String(opened.body.id);
  }

  const incidentNow = async (id: string) =>
    (await callApi(keys.ana ?? '', 'GET', `/v1/incidents/${id}`)).body as {
      phase: string;
      status: string;
      version: number;
      timeline: Array<{ type: string; actor: string | null; data: Record<string, unknown> }>;
    };

  test('the incident commander runs an incident from its page: phase, update by keyboard, resolution', async () => {
    const page = await newPage();
    await withShots('incident-actions', [page], async () => {
      await signIn(page, keys.ana ?? '');
      const id = await openIncident('Payments are slow');
      await page.goto(`${server.url}/#/incidents/${id}`);
      await page.getByRole('heading', { name: 'Payments are slow' }).waitFor();
      await expectAccessible(page, 'incident with its actions');

      // The phases the API accepts, in order; the current one shown and not offered; the next one proposed.
      const phase = page.getByLabel('New phase');
      expect(await phase.locator('option').allTextContents()).toEqual([
        'detected (current)',
        'investigating',
        'identified',
        'monitoring',
      ]);
      expect(await phase.locator('option[value="detected"]').isDisabled()).toBe(true);
      expect(await phase.inputValue()).toBe('investigating');
      await phase.selectOption('identified');
      await page.getByLabel('Note (optional)', { exact: true }).fill('A bad deploy');
      await page.getByRole('button', { name: 'Move phase' }).click();
      await page.getByRole('status').filter({ hasText: 'The incident is now identified.' }).waitFor();
      await page.getByTestId('incident-phase').getByText('identified').waitFor();
      await page.getByText(/phase_changed human-ana: A bad deploy/).waitFor();
      expect(await phase.inputValue()).toBe('monitoring');
      expect((await incidentNow(id)).phase).toBe('identified');

      // A status update, written and sent with the keyboard alone.
      const update = page.getByLabel('Status update');
      expect(await reachableByTab(page, update)).toBe(true);
      await page.keyboard.type('Rolling back now');
      await page.keyboard.press('Tab');
      expect(
        await page
          .getByRole('button', { name: 'Post update' })
          .evaluate((element) => element === element.ownerDocument.activeElement),
      ).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Update posted.' }).waitFor();
      await page.getByText(/update_posted human-ana: Rolling back now/).waitFor();
      expect(await update.inputValue()).toBe('');
      const updated = await incidentNow(id);
      expect(updated.timeline.filter((event) => event.type === 'update_posted')).toEqual([
        expect.objectContaining({
          actor: 'human-ana',
          data: expect.objectContaining({ note: 'Rolling back now' }),
        }),
      ]);

      // Resolving: held in flight, every button waits; it carries the version the page shows.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let ifMatch: string | undefined;
      await page.route(`**/v1/incidents/${id}/resolve`, async (route) => {
        ifMatch = route.request().headers()['if-match'];
        await held;
        await route.continue();
      });
      const shown = await page.getByTestId('incident-version').textContent();
      expect(shown).toBe(String(updated.version));
      await page.getByLabel('Resolution note (optional)').fill('Rolled back; payments are fast again');
      await page.getByRole('button', { name: 'Resolve incident' }).click();
      for (const name of ['Move phase', 'Resolve incident']) {
        await expect.poll(() => page.getByRole('button', { name }).isDisabled()).toBe(true);
      }
      await page.getByLabel('Status update').fill('one more');
      expect(await page.getByRole('button', { name: 'Post update' }).isDisabled()).toBe(true);
      release();
      await page.getByRole('status').filter({ hasText: 'The incident is resolved.' }).waitFor();
      expect(ifMatch).toBe(shown);
      await page.getByTestId('incident-phase').getByText('resolved').waitFor();
      // Resolved, nothing can change: no action is offered any more.
      await page.getByText('This incident is resolved: nothing about it can change any more.').waitFor();
      expect(await page.getByRole('button', { name: 'Resolve incident' }).count()).toBe(0);
      expect(await incidentNow(id)).toMatchObject({ status: 'resolved', phase: 'resolved' });
      await expectAccessible(page, 'resolved incident');
    });
  });

  test('a resolution from a page that is out of date is refused, said why, and the page shows the incident as it is', async () => {
    const page = await newPage();
    await withShots('incident-stale', [page], async () => {
      // This page misses the live news, as a page does when both act within the same instant.
      await page.context().route('**/v1/stream', (route) => route.abort());
      await signIn(page, keys.ana ?? '');
      const id = await openIncident('Search is down');
      await page.goto(`${server.url}/#/incidents/${id}`);
      await page.getByRole('heading', { name: 'Search is down' }).waitFor();
      const seen = Number(await page.getByTestId('incident-version').textContent());
      // Meanwhile Ben posts an update: the incident moves on to the next version.
      const posted = await callApi(keys.ben ?? '', 'POST', `/v1/incidents/${id}/updates`, {
        note: 'Index rebuild started',
      });
      expect(posted.status).toBe(200);
      await page.getByRole('button', { name: 'Resolve incident' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Someone else changed this incident' })
        .filter({ hasText: `is at version ${seen + 1}, not ${seen}` })
        .waitFor();
      // Read again: Ben's update is shown, with the version it brought, and the incident is still open.
      await page.getByText(/update_posted human-ben: Index rebuild started/).waitFor();
      expect(await page.getByTestId('incident-version').textContent()).toBe(String(seen + 1));
      expect(await page.getByRole('button', { name: 'Resolve incident' }).isEnabled()).toBe(true);
      expect((await incidentNow(id)).status).toBe('open');
      await expectAccessible(page, 'incident after a refused resolution');
    });
  });

  test("an action the API refuses for the key is shown as the API's message, and the page goes on", async () => {
    const page = await newPage();
    await withShots('incident-refused', [page], async () => {
      const id = await openIncident('Mail is delayed');
      // Every key that may sign in here (a person's, an admin's) may act on incidents; the API refuses the others,
      // as it refuses this agent key. Its very answer is what the page gets for its own request.
      const refusal = await callApi(agent, 'POST', `/v1/incidents/${id}/updates`, { note: 'From a bot' });
      expect(refusal.status).toBe(403);
      const message = (refusal.body.error as { message: string }).message;
      await signIn(page, keys.ben ?? '');
      await page.route(`**/v1/incidents/${id}/updates`, (route) =>
        route.fulfill({ status: 403, json: refusal.body }),
      );
      await page.goto(`${server.url}/#/incidents/${id}`);
      await page.getByRole('heading', { name: 'Mail is delayed' }).waitFor();
      await page.getByLabel('Status update').fill('Queues are draining');
      await page.getByRole('button', { name: 'Post update' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: `Refused: ${message}` })
        .waitFor();
      // Nothing lost, nothing broken: the note stays to send again, and the page still follows the incident.
      expect(await page.getByLabel('Status update').inputValue()).toBe('Queues are draining');
      expect(await page.getByRole('button', { name: 'Post update' }).isEnabled()).toBe(true);
      expect((await incidentNow(id)).timeline.map((event) => event.type)).not.toContain('update_posted');
      const moved = await callApi(keys.ana ?? '', 'POST', `/v1/incidents/${id}/phase`, {
        phase: 'investigating',
      });
      expect(moved.status).toBe(200);
      await page.getByTestId('incident-phase').getByText('investigating').waitFor();
    });
  });

  test('the outgoing owner is asked for a hand-over note when a period ends, and writes it on the page', async () => {
    const page = await newPage();
    await withShots('incident-handover', [page], async () => {
      await signIn(page, keys.ana ?? '');
      const id = await openIncident('Warehouse scanners offline');
      await page.goto(`${server.url}/#/incidents/${id}`);
      await page.getByRole('heading', { name: 'Warehouse scanners offline' }).waitFor();
      expect(await page.getByLabel('Hand-over note').count()).toBe(0);
      // The end of the first 12-hour period, fired as a worker process on the same database file fires it (this
      // server runs no workers): the server hears of it as of any other writer's events.
      const worker = await openDatabase(database.url);
      try {
        const timer = await worker.db
          .selectFrom('timers')
          .selectAll()
          .where('escalation_id', '=', id)
          .where('kind', '=', 'incident_period_end')
          .executeTakeFirstOrThrow();
        const runtime = makePlaybookRuntime(1, parsePlaybook(yaml));
        await worker.transaction((trx) =>
          incidentPeriodEnd({ trx, timer, runtime, now: Number(timer.due_at) }),
        );
      } finally {
        await worker.close();
      }
      // Live: the page asks Ana, the outgoing owner, for her note.
      await page.getByText('Period 1 ended: you are asked for a hand-over note, due').waitFor();
      await expectAccessible(page, 'incident asking for a hand-over note');
      await page.getByLabel('Hand-over note').fill('Vendor ticket 4411 is open; scanners restart at 06:00.');
      await page.getByRole('button', { name: 'Save hand-over note' }).click();
      await page.getByRole('status').filter({ hasText: 'Hand-over note saved.' }).waitFor();
      await expect.poll(() => page.getByLabel('Hand-over note').count()).toBe(0);
      const noted = (await incidentNow(id)).timeline.filter((event) => event.type === 'handover_noted');
      expect(noted).toEqual([
        expect.objectContaining({
          actor: 'human-ana',
          data: expect.objectContaining({
            period: 1,
            note: 'Vendor ticket 4411 is open; scanners restart at 06:00.',
          }),
        }),
      ]);
    });
  });

  test('the incident page in Turkish: its words, phases and actions', async () => {
    const page = await newPage();
    await withShots('incident-turkish', [page], async () => {
      await signIn(page, keys.ana ?? '');
      const id = await openIncident('Ödeme sayfası açılmıyor');
      await page.getByLabel('Language').selectOption('tr');
      await page.goto(`${server.url}/#/incidents/${id}`);
      await page.getByRole('heading', { name: 'Ödeme sayfası açılmıyor' }).waitFor();
      await page.getByRole('heading', { name: 'İŞLEMLER' }).waitFor();
      await page.getByTestId('incident-phase').getByText('tespit edildi').waitFor();
      const phase = page.getByLabel('Yeni aşama');
      expect(await phase.locator('option').first().textContent()).toBe('tespit edildi (şu anki)');
      await page.getByLabel('Not (isteğe bağlı)', { exact: true }).waitFor();
      await page.getByLabel('Durum güncellemesi').waitFor();
      await page.getByLabel('Çözüm notu (isteğe bağlı)').waitFor();
      await page.getByRole('button', { name: 'Güncellemeyi yayımla' }).waitFor();
      await page.getByRole('button', { name: 'Olayı çöz' }).waitFor();
      await expectAccessible(page, 'incident in Turkish');
      await page.getByRole('button', { name: 'Aşamayı değiştir' }).click();
      await page.getByRole('status').filter({ hasText: 'Olay artık şu aşamada: inceleniyor.' }).waitFor();
      await page.getByTestId('incident-phase').getByText('inceleniyor').waitFor();
    });
  });

  test('two people claim at once: one wins, the other is told why and sees the escalation as it is', async () => {
    const ana = await newPage();
    const ben = await newPage();
    await withShots('race', [ana, ben], async () => {
      await signIn(ana, keys.ana ?? '');
      await signIn(ben, keys.ben ?? '');
      const escalation = await openEscalation();
      // Ben's page misses the live news of Ana's claim, as a page does when both click within the same instant.
      await ben.context().route('**/v1/stream', (route) => route.abort());
      for (const page of [ana, ben]) {
        await page.goto(`${server.url}/#/escalations/${escalation.id}`);
        await page.getByRole('button', { name: 'Claim' }).waitFor();
      }
      await ana.getByRole('button', { name: 'Claim' }).click();
      await expect.poll(() => ana.getByTestId('assignee').textContent()).toBe('ana');
      await ben.getByRole('button', { name: 'Claim' }).click();
      await ben.getByRole('alert').filter({ hasText: 'Someone else changed this escalation' }).waitFor();
      // Refreshed: Ben now sees Ana holding it.
      await expect.poll(() => ben.getByTestId('assignee').textContent()).toBe('ana');
    });
  });

  test('Turkish: the words change, Turkish casing is right, and the choice is remembered', async () => {
    const page = await newPage();
    await withShots('turkish', [page], async () => {
      await signIn(page, keys.ana ?? '');
      await page.getByLabel('Language').selectOption('tr');
      await page.getByRole('link', { name: 'Kuyruklar' }).waitFor();
      await page.getByRole('heading', { name: 'Bana atananlar' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('tr');
      const escalation = await openEscalation();
      await page.goto(`${server.url}/#/escalations/${escalation.id}`);
      await page.getByRole('heading', { name: 'DEVİR ÖZETİ' }).waitFor();
      await page.getByRole('button', { name: 'Üstlen' }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Çıkış yap' }).waitFor();
      await expectAccessible(page, 'escalation in Turkish');
    });
  });

  test('metrics draw their charts, or say they are not available; on call and playbook views are accessible', async () => {
    const page = await newPage();
    await withShots('manager', [page], async () => {
      await signIn(page, keys.admin ?? '');
      const probe = await fetch(`${server.url}/v1/metrics?interval=day`, {
        headers: { authorization: `Bearer ${keys.admin}` },
      });
      await page.goto(`${server.url}/#/metrics`);
      if (probe.status === 404) {
        await page.getByTestId('metrics-unavailable').waitFor();
      } else {
        // The first report on a database also writes the facts of escalations that have none: give it time.
        await page.locator('.chart canvas').first().waitFor({ timeout: 60_000 });
        expect(await page.locator('.chart').count()).toBe(3);
      }
      await expectAccessible(page, 'metrics');

      // The charts against the documented answer of GET /v1/metrics, and the drill from a point to its escalations.
      await page.route('**/v1/metrics?*', (route) => route.fulfill({ json: metricsAnswer }));
      await page.goto(`${server.url}/#/oncall`);
      await page.goto(`${server.url}/#/metrics`);
      // A fresh load, so the view asks again and gets the documented answer above.
      await page.reload();
      await expect.poll(() => page.locator('.chart canvas').count()).toBe(3);
      await page.getByText('50%').first().waitFor();
      // No audit is saved yet: there is no baseline to choose.
      expect(await page.getByLabel('Compare with baseline').count()).toBe(0);
      await expectAccessible(page, 'metrics with charts');
      const over = page.locator('.chart .u-over').first();
      const box = await over.boundingBox();
      expect(box).not.toBeNull();
      const middle = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 };
      await page.mouse.move(middle.x - 5, middle.y);
      await page.mouse.move(middle.x, middle.y);
      await page.mouse.click(middle.x, middle.y);
      await page.getByRole('heading', { name: 'All' }).waitFor();
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(
        '#/queue/all?opened_after=2026-11-17T00:00:00.000Z&opened_before=2026-11-18T00:00:00.000Z',
      );
      // The same drill by keyboard, from the table of points under the charts.
      await page.goto(`${server.url}/#/oncall`);
      await page.goto(`${server.url}/#/metrics`);
      const last = page.locator('table.points tbody a').last();
      await last.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'All' }).waitFor();
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(
        '#/queue/all?opened_after=2026-11-18T00:00:00.000Z&opened_before=2026-11-19T00:00:00.000Z',
      );
      await page.goto(`${server.url}/#/oncall`);
      await page.getByRole('heading', { name: 'On call now' }).waitFor();
      await expectAccessible(page, 'on call');
      await page.goto(`${server.url}/#/playbook`);
      await page.getByText('Active version 1').waitFor();
      await page.getByLabel('YAML').fill('handoff: 1\nname: broken\nteams: 7\n');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page
        .getByRole('alert')
        .getByText(/line \d+, column \d+/)
        .first()
        .waitFor();
      await expectAccessible(page, 'playbook');
    });
  }, 120_000);

  test('a saved audit chosen as the baseline shows before and after side by side, in English and Turkish', async () => {
    const page = await newPage();
    await withShots('baseline', [page], async () => {
      // The small log: resolution 1 h, first-contact resolution 100%, reassignment 50%, reopen 0%.
      const saved = await fetch(`${server.url}/v1/audits?source=events&save=last-quarter`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keys.admin}`, 'content-type': 'text/csv' },
        body: smallLogCsv,
      });
      expect(saved.status, await saved.text()).toBe(201);
      // Now: resolution 1.5 h, first-contact resolution 50%, reroute 25%, reopen 0%.
      await page.route('**/v1/metrics?*', (route) =>
        route.fulfill({ json: { ...metricsAnswer, rates: { rerouteRate: 0.25, reopenRate: 0 } } }),
      );
      await signIn(page, keys.admin ?? '');
      await page.goto(`${server.url}/#/metrics`);
      const select = page.getByLabel('Compare with baseline');
      await select.selectOption('last-quarter');
      const table = page.getByTestId('baseline-table');
      await page.getByRole('heading', { name: 'Before and after: last-quarter' }).waitFor();
      const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
      await expect
        .poll(() => row('Total resolution time, median').innerText())
        .toMatch(/1 hr\s+1 hr 30 mins\s+\+30 mins, worse/);
      expect(await row('First-contact resolution').innerText()).toMatch(/100%\s+50%\s+[−-]50 pt, worse/);
      expect(await row('Reassignment \\(reroute\\) rate').innerText()).toMatch(
        /50%\s+25%\s+[−-]25 pt, better/,
      );
      expect(await row('Reopen rate').innerText()).toMatch(/0%\s+0%\s+no change/);
      // The log has no first responses: the baseline says so rather than inventing a change.
      expect(await row('Time to first response, median').innerText()).toMatch(/–\s+30 mins\s+–/);
      expect(await table.locator('tbody tr').count()).toBe(9);
      await expectAccessible(page, 'metrics with a baseline');

      // The choice survives a change of range, and every word is Turkish in Turkish.
      await page.getByLabel('From').selectOption('7');
      await page.getByRole('heading', { name: 'Before and after: last-quarter' }).waitFor();
      expect(await select.inputValue()).toBe('last-quarter');
      await page.getByLabel('Language').selectOption('tr');
      await page.getByRole('heading', { name: 'Önce ve sonra: last-quarter' }).waitFor();
      expect(await page.getByLabel('Referansla karşılaştır').inputValue()).toBe('last-quarter');
      expect(await row('İlk temasta çözüm').innerText()).toMatch(/daha kötü/);
      expect(await row('Yeniden atama \\(yönlendirme\\) oranı').innerText()).toMatch(/daha iyi/);
      await expectAccessible(page, 'metrics with a baseline in Turkish');
    });
  }, 120_000);

  test('on call now and the escalation matrix, in English and Turkish, by keyboard, accessible', async () => {
    const page = await newPage();
    await withShots('oncall-matrix', [page], async () => {
      await signIn(page, keys.ana ?? '');
      await page.goto(`${server.url}/#/oncall`);
      await page.getByRole('heading', { name: 'On call now' }).waitFor();
      const rotation = page.locator('tr[data-rotation="desk-primary"]');
      const now = (await rotation.getByTestId('now').textContent()) ?? '';
      const next = (await rotation.getByTestId('next').textContent()) ?? '';
      // Two people taking turns daily: one is on now, the other next.
      expect([now, next].sort()).toEqual(['Ana', 'Ben']);
      const ladder = page.locator('section.ladder[data-team="desk"]');
      await ladder.getByRole('heading', { name: 'Ladder of team desk' }).waitFor();
      expect(await ladder.locator('tbody tr').count()).toBe(2);
      await ladder.getByText(`rotation:desk-primary → ${now}`).waitFor();
      await ladder.getByText("the next tier's people").waitFor();
      await ladder.getByText('15 min').waitFor();
      await expectAccessible(page, 'on call with a ladder');

      await page.goto(`${server.url}/#/playbook`);
      await page.getByRole('heading', { name: 'Escalation matrix' }).waitFor();
      const l1 = page.locator('table.matrix tr[data-tier="L1"]');
      await l1.getByText('human', { exact: true }).waitFor();
      await l1.getByText('invoice', { exact: true }).waitFor();
      await l1.getByText('Ana').waitFor();
      expect(await l1.textContent()).toContain('first response 30m');
      expect(await page.locator('table.matrix tbody tr').count()).toBe(3);
      // The matrix scrolls sideways on a narrow screen: its region takes the focus so a keyboard can scroll it.
      expect(await reachableByTab(page, page.getByRole('region', { name: 'Each tier' }))).toBe(true);
      await expectAccessible(page, 'playbook with the matrix');

      await page.getByLabel('Language').selectOption('tr');
      await page.getByRole('heading', { name: 'Eskalasyon matrisi' }).waitFor();
      await page.getByRole('columnheader', { name: 'Sorumlular' }).waitFor();
      await page.getByText('Görev riskine göre güven eşikleri').waitFor();
      await expectAccessible(page, 'matrix in Turkish');
      await page.goto(`${server.url}/#/oncall`);
      await page.getByRole('heading', { name: 'Şu an nöbetçi' }).waitFor();
      await page.getByRole('heading', { name: 'desk ekibinin merdiveni' }).waitFor();
      await page.getByText('bir üst kademedeki kişiler').waitFor();
      await page.getByRole('columnheader', { name: 'Sıradaki' }).waitFor();
      await expectAccessible(page, 'on call in Turkish');
    });
  });

  test('the queue filters by trigger and by case locale, live changes included, by keyboard', async () => {
    const page = await newPage();
    await withShots('queue-filters', [page], async () => {
      await signIn(page, keys.admin ?? '');
      const invoiceTr = await openEscalation('my invoice is wrong', 'tr-TR');
      const humanEn = await openEscalation('I want to talk to a human', 'en');
      await page.goto(`${server.url}/#/queue/all`);
      await page.locator(`tr[data-id="${humanEn.id}"]`).waitFor();
      const trigger = page.getByLabel('Trigger');
      expect(await reachableByTab(page, trigger)).toBe(true);
      await trigger.selectOption('invoice');
      await page.locator(`tr[data-id="${invoiceTr.id}"]`).waitFor();
      await expect.poll(() => page.locator(`tr[data-id="${humanEn.id}"]`).count()).toBe(0);
      // Live: a new escalation joins only when it matches.
      const invoiceLive = await openEscalation('another invoice question', 'en');
      const humanLive = await openEscalation('a human please', 'tr');
      await page.locator(`tr[data-id="${invoiceLive.id}"]`).waitFor();
      await trigger.selectOption('');
      await page.locator(`tr[data-id="${humanLive.id}"]`).waitFor();
      const locale = page.getByLabel('Case locale');
      expect(await reachableByTab(page, locale)).toBe(true);
      await locale.selectOption('tr');
      await page.locator(`tr[data-id="${invoiceTr.id}"]`).waitFor();
      await page.locator(`tr[data-id="${humanLive.id}"]`).waitFor();
      await expect.poll(() => page.locator(`tr[data-id="${humanEn.id}"]`).count()).toBe(0);
      expect(await page.locator(`tr[data-id="${invoiceLive.id}"]`).count()).toBe(0);
      await expectAccessible(page, 'queue with filters');
      await page.getByLabel('Language').selectOption('tr');
      await page.getByLabel('Tetikleyici').waitFor();
      await page.getByLabel('Yerel ayar').waitFor();
    });
  });

  test('an answer asked for under the filters of before never removes a row of the filters shown now', async () => {
    const page = await newPage();
    await withShots('queue-late-answer', [page], async () => {
      await signIn(page, keys.admin ?? '');
      await page.goto(`${server.url}/#/queue/all`);
      await page.getByLabel('Trigger').selectOption('invoice');
      // The escalations read again after a live change are held here until the test lets them go.
      let holding = true;
      const held: Array<{ url: string; route: Route }> = [];
      await page.route(/\/v1\/escalations\/[^/?]+$/, async (route) => {
        if (holding && route.request().method() === 'GET') {
          held.push({ url: route.request().url(), route });
          return;
        }
        await route.continue();
      });
      const human = await openEscalation('a human please, this is urgent', 'en');
      // Read under the invoice filter, where it does not belong: its answer would drop it.
      await expect.poll(() => held.some(({ url }) => url.endsWith(`/${human.id}`))).toBe(true);
      await page.getByLabel('Trigger').selectOption('');
      await page.locator(`tr[data-id="${human.id}"]`).waitFor();
      holding = false;
      await letHeldReadsGo(
        page,
        held.splice(0).map(({ route }) => route),
        (route) => route.continue(),
      );
      // One more live change, read after the late answers arrived, marks that they were handled.
      const after = await openEscalation('another human please', 'en');
      await page.locator(`tr[data-id="${after.id}"]`).waitFor();
      expect(await page.locator(`tr[data-id="${human.id}"]`).count()).toBe(1);
    });
  });

  test('a metrics answer asked for under the interval of before never replaces the one shown now', async () => {
    const page = await newPage();
    await withShots('metrics-late-answer', [page], async () => {
      await signIn(page, keys.admin ?? '');
      const answerWith = (rate: number, interval: string) => ({
        ...metricsAnswer,
        interval,
        headline: { ...metricsAnswer.headline, firstContactResolution: { rate, count: 4 } },
      });
      // The daily report is held here until the test lets it go; the hourly one answers at once.
      const held: Route[] = [];
      await page.route('**/v1/metrics?*', async (route) => {
        if (new URL(route.request().url()).searchParams.get('interval') === 'day') {
          held.push(route);
          return;
        }
        await route.fulfill({ json: answerWith(0.37, 'hour') });
      });
      await page.goto(`${server.url}/#/metrics`);
      await expect.poll(() => held.length).toBe(1);
      await page.getByLabel('Interval').selectOption('hour');
      await page.locator('dd', { hasText: '37%' }).waitFor();
      await letHeldReadsGo(page, held, (late) => late.fulfill({ json: answerWith(0.11, 'day') }));
      // Two frames after the late answer arrived: had it been taken, it would be drawn by now.
      await page.evaluate(TWO_FRAMES);
      expect(await page.locator('dd', { hasText: '11%' }).count()).toBe(0);
      expect(await page.locator('dd', { hasText: '37%' }).count()).toBe(1);
      expect(await page.getByLabel('Interval').inputValue()).toBe('hour');
    });
  });

  test('the escalation page never shows an escalation read for the page before', async () => {
    const page = await newPage();
    await withShots('escalation-late-answer', [page], async () => {
      await signIn(page, keys.admin ?? '');
      const first = await openEscalation('a human please', 'en');
      const second = await openEscalation('a real person please', 'en');
      // The first escalation's read is held here until the second one's page is shown.
      const held: Route[] = [];
      await page.route(`**/v1/escalations/${first.id}`, async (route) => {
        if (route.request().method() === 'GET' && held.length === 0) {
          held.push(route);
          return;
        }
        await route.continue();
      });
      await page.goto(`${server.url}/#/escalations/${first.id}`);
      await expect.poll(() => held.length).toBe(1);
      await page.goto(`${server.url}/#/escalations/${second.id}`);
      await page.getByRole('heading', { name: new RegExp(`^${second.id} `) }).waitFor();
      await letHeldReadsGo(page, held, (late) => late.continue());
      // Two frames after the late answer arrived: had it been taken, it would be drawn by now.
      await page.evaluate(TWO_FRAMES);
      expect(await page.getByRole('heading', { name: new RegExp(`^${first.id} `) }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: new RegExp(`^${second.id} `) }).count()).toBe(1);
    });
  });

  test('an ended session signs the page out cleanly', async () => {
    const page = await newPage();
    await withShots('ended', [page], async () => {
      await signIn(page, keys.ben ?? '');
      offset += 9 * 3600_000; // past the session's idle limit
      await page.goto(`${server.url}/#/queue/all`);
      await page.reload();
      await page.getByLabel('Your key').waitFor();
      expect(await page.context().cookies()).toEqual([]);
    });
  });
});
