// Incident events on the live stream over real HTTP on every database: live as they commit (from the API and from an
// automation), resumed with one Last-Event-ID over both timelines, on another node, only to whom may read
// incidents; bad Last-Event-ID values start the stream live as before.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { incidentPlaybookYaml } from './incident-fixtures.js';

interface Frame {
  id: number;
  event: string;
  data: Record<string, unknown>;
}

/** A reader of /v1/stream: frames parsed as they come, read until one matches. */
async function follow(url: string, key: string, lastEventId?: string) {
  const abort = new AbortController();
  const response = await fetch(`${url}/v1/stream`, {
    headers: {
      authorization: `Bearer ${key}`,
      ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
    },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const frames: Frame[] = [];
  let text = '';
  const take = () => {
    for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const field = (name: string) =>
        block
          .split('\n')
          .find((line) => line.startsWith(`${name}: `))
          ?.slice(name.length + 2);
      const id = field('id');
      if (id !== undefined) {
        frames.push({ id: Number(id), event: field('event') ?? '', data: JSON.parse(field('data') ?? '{}') });
      }
    }
  };
  const until = async (found: (frame: Frame) => boolean): Promise<Frame> => {
    for (;;) {
      const hit = frames.find(found);
      if (hit !== undefined) {
        return hit;
      }
      const { value, done } = await reader.read();
      if (done) {
        throw new Error(`the stream ended; frames: ${JSON.stringify(frames)}`);
      }
      text += decoder.decode(value, { stream: true });
      take();
    }
  };
  // The comment the server writes first: from here on the reader is subscribed.
  while (!text.startsWith(': connected\n\n')) {
    const { value, done } = await reader.read();
    if (done) {
      throw new Error('the stream ended before it connected');
    }
    text += decoder.decode(value, { stream: true });
  }
  take();
  return { frames, until, close: () => abort.abort() };
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    let lena: string;
    let olga: string;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: incidentPlaybookYaml() });
      lena = await api.keys.human('lena');
      olga = await api.keys.human('olga');
    });
    afterAll(() => api.close());

    const openIncident = async (key: string, title: string) => {
      const opened = await api.request('POST', '/v1/incidents', { key, body: { title, severity: 'sev2' } });
      expect(opened.status).toBe(201);
      return opened.body.id as string;
    };
    /** One customer message evaluated by the AI system's key; the escalation it opened. */
    const evaluate = async (id: string, text: string) => {
      const evaluated = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: { id, turn: 1, conversation: [{ role: 'customer', text }] },
      });
      return evaluated.body.escalation.id as string;
    };
    /** Every committed event id of both timelines after `after`, in id order. */
    const idsAfter = async (after: number) => {
      const escalations = await api.store.db
        .selectFrom('events')
        .select('id')
        .where('id', '>', after)
        .execute();
      const incidents = await api.store.db
        .selectFrom('incident_events')
        .select('id')
        .where('id', '>', after)
        .execute();
      return [...escalations, ...incidents].map((row) => Number(row.id)).sort((a, b) => a - b);
    };

    test('an incident opened, its phase changed, an update posted and its resolution reach a reader live', async () => {
      const stream = await follow(api.url, lena);
      try {
        const id = await openIncident(lena, 'Checkout errors');
        const opened = await stream.until((frame) => frame.event === 'incident');
        expect(opened.data).toMatchObject({
          incidentId: id,
          type: 'opened',
          data: { title: 'Checkout errors' },
        });
        await api.request('POST', `/v1/incidents/${id}/phase`, {
          key: lena,
          body: { phase: 'investigating' },
        });
        await api.request('POST', `/v1/incidents/${id}/updates`, {
          key: lena,
          body: { note: 'Rolling back' },
        });
        await api.request('POST', `/v1/incidents/${id}/resolve`, { key: lena, body: {} });
        await stream.until((frame) => frame.data.type === 'resolved' && frame.data.incidentId === id);
        const mine = stream.frames.filter((frame) => frame.data.incidentId === id);
        expect(mine.map((frame) => frame.data.type)).toEqual([
          'opened',
          'phase_changed',
          'update_posted',
          'resolved',
        ]);
        expect(mine.every((frame) => frame.event === 'incident')).toBe(true);
        // The timeline the incident API shows, with the same ids.
        const shown = await api.request('GET', `/v1/incidents/${id}`, { key: lena });
        expect(mine.map((frame) => frame.id)).toEqual(
          (shown.body.timeline as Array<{ id: number }>).map((event) => event.id),
        );
      } finally {
        stream.close();
      }
    });

    test('an incident an automation opens while evaluating a case reaches a reader live, after the escalation events', async () => {
      const stream = await follow(api.url, api.keys.admin);
      try {
        const escalation = await evaluate('stream-outage-1', 'the site is down');
        const opened = await stream.until(
          (frame) => frame.event === 'incident' && frame.data.type === 'opened',
        );
        expect(opened.data.data).toMatchObject({ escalations: [escalation] });
        const created = stream.frames.find(
          (frame) => frame.event === 'created' && frame.data.escalationId === escalation,
        );
        expect(created?.id).toBeLessThan(opened.id);
        const ids = stream.frames.map((frame) => frame.id);
        expect(ids).toEqual([...ids].sort((a, b) => a - b));
      } finally {
        stream.close();
      }
    });

    test('one Last-Event-ID resumes both timelines: exactly the events after it, once each, in id order', async () => {
      await openIncident(lena, 'Before the resume point');
      const start = (await idsAfter(0)).at(-1) ?? 0;
      const first = await openIncident(lena, 'Slow search');
      await evaluate('stream-resume-1', 'I want a human please');
      const middle = (await idsAfter(start)).at(-1) ?? 0;
      await api.request('POST', `/v1/incidents/${first}/phase`, { key: lena, body: { phase: 'identified' } });
      await openIncident(olga, 'Mail delayed');
      await evaluate('stream-resume-2', 'I want a human please');
      for (const after of [start, middle]) {
        const expected = await idsAfter(after);
        const last = expected.at(-1) ?? 0;
        const stream = await follow(api.url, api.keys.admin, String(after));
        try {
          await stream.until((frame) => frame.id === last);
          expect(stream.frames.map((frame) => frame.id)).toEqual(expected);
          const kinds = new Set(
            stream.frames.map((frame) => (frame.event === 'incident' ? 'incident' : 'escalation')),
          );
          expect(kinds).toEqual(new Set(['incident', 'escalation']));
        } finally {
          stream.close();
        }
      }
    });

    test('a reader on another node of the same database sees the incident events committed on this one', async () => {
      const other = await startApi(dialect, { reuse: api.testStore });
      const stream = await follow(other.url, api.keys.admin);
      try {
        const id = await openIncident(lena, 'Payments failing');
        await api.request('POST', `/v1/incidents/${id}/phase`, { key: lena, body: { phase: 'monitoring' } });
        await stream.until((frame) => frame.data.incidentId === id && frame.data.type === 'phase_changed');
        expect(
          stream.frames.filter((frame) => frame.data.incidentId === id).map((frame) => frame.data.type),
        ).toEqual(['opened', 'phase_changed']);
      } finally {
        stream.close();
        await other.close();
      }
    });

    test('incident events go to whom the incident API answers: a person of another team yes, an agent key never', async () => {
      // The agent key may read neither incidents nor the stream.
      const refused = await fetch(`${api.url}/v1/stream`, {
        headers: { authorization: `Bearer ${api.keys.agent}` },
      });
      expect(refused.status).toBe(403);
      await refused.body?.cancel();
      const stream = await follow(api.url, olga);
      try {
        const escalation = await evaluate('stream-team-1', 'I want a human please');
        const id = await openIncident(lena, 'Support queue stuck');
        await api.request('POST', `/v1/incidents/${id}/escalations`, { key: lena, body: { escalation } });
        expect((await api.request('GET', `/v1/incidents/${id}`, { key: olga })).status).toBe(200);
        await stream.until(
          (frame) => frame.data.incidentId === id && frame.data.type === 'escalation_linked',
        );
        // Olga works for ops: the support escalation's own events are not hers to read.
        expect(stream.frames.some((frame) => frame.data.escalationId === escalation)).toBe(false);
      } finally {
        stream.close();
      }
    });

    test('a Last-Event-ID that is not a positive whole number starts the stream live, as before', async () => {
      await openIncident(lena, 'Before the readers');
      for (const bad of ['abc', '-5', '0', '1.5', '', '99999999999999999999']) {
        const stream = await follow(api.url, api.keys.admin, bad);
        try {
          const id = await openIncident(lena, `After ${bad}`);
          const first = await stream.until((frame) => frame.event === 'incident');
          expect(first.data).toMatchObject({ incidentId: id, type: 'opened' });
          expect(stream.frames[0]).toBe(first);
        } finally {
          stream.close();
        }
      }
    });
  });
}
