// /v1/stream under clients that do not keep up, over real HTTP on every database: memory held for them stays
// bounded (measured in bytes buffered, not time), a slow reader gets a gap and resumes, a normal reader gets all;
// incident events are bounded the same way.
import { get, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import { type ApiHarness, createKey, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { incidentPlaybookYaml } from './incident-fixtures.js';

const BUDGET = 64 * 1024;
/** The longest comment (50,000 UTF-16 units): 100 kB a frame, so that few requests fill the socket buffers. */
const COMMENT = '😀'.repeat(25_000);
/** One event's frame at most. */
const FRAME_MOST = Buffer.byteLength(COMMENT) + 1_000;

interface Frame {
  id: number | null;
  event: string | null;
  data: string;
}

/** A stream client on node:http, so that pausing it really stops reading the socket. */
class StreamClient {
  frames: Frame[] = [];
  isEnded = false;
  private text = '';
  private constructor(readonly response: IncomingMessage) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => this.parse(chunk));
    response.on('end', () => {
      this.isEnded = true;
    });
    response.on('close', () => {
      this.isEnded = true;
    });
  }

  static open(api: ApiHarness, key: string, lastEventId?: number): Promise<StreamClient> {
    return new Promise((resolve, reject) => {
      const request = get(
        `${api.url}/v1/stream`,
        {
          headers: {
            authorization: `Bearer ${key}`,
            ...(lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) }),
          },
        },
        (response) => resolve(new StreamClient(response)),
      );
      request.on('error', reject);
    });
  }

  private parse(chunk: string): void {
    this.text += chunk;
    let end = this.text.indexOf('\n\n');
    while (end >= 0) {
      const block = this.text.slice(0, end);
      this.text = this.text.slice(end + 2);
      end = this.text.indexOf('\n\n');
      if (block.startsWith(':')) {
        continue;
      }
      const field = (name: string) =>
        block
          .split('\n')
          .find((line) => line.startsWith(`${name}: `))
          ?.slice(name.length + 2) ?? null;
      const id = field('id');
      this.frames.push({
        id: id === null ? null : Number(id),
        event: field('event'),
        data: field('data') ?? '',
      });
    }
  }

  /** Ids of the comments received, in order. */
  commentIds(): number[] {
    return this.frames.filter((frame) => frame.event === 'commented').map((frame) => frame.id as number);
  }

  async until(isDone: () => boolean): Promise<void> {
    while (!isDone()) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  close(): void {
    this.response.destroy();
  }
}

async function metric(api: ApiHarness, name: string): Promise<number> {
  const reply = await api.request('GET', '/metrics', { key: api.keys.admin });
  const line = reply.text.split('\n').find((row: string) => row.startsWith(`${name} `));
  return Number(line?.split(' ')[1]);
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, {
        yaml: validYaml,
        streamLimits: { maxBufferedBytes: BUDGET, maxPerKey: 3 },
      });
    });
    afterAll(() => api.close());

    /** Opens an escalation and comments on it: each timeline stays short, so each comment costs the same. */
    let opened = 0;
    const comments = async (count: number) => {
      opened += 1;
      const escalation = await api.request('POST', '/v1/escalations', {
        key: api.keys.agent,
        body: { case: { id: `stream-${opened}` }, reason: { category: 'other', detail: 'stream test' } },
      });
      expect(escalation.status).toBe(201);
      for (let i = 0; i < count; i += 1) {
        const reply = await api.request('POST', `/v1/escalations/${escalation.body.id}/comments`, {
          key: api.keys.admin,
          body: { body: COMMENT, visibility: 'internal' },
        });
        expect(reply.status).toBe(200);
      }
    };

    test('streams that never read hold a bounded number of bytes; a slow one gets a gap and resumes; a normal one gets all', async () => {
      const stalledKey = await createKey(api, 'admin');
      const stalled = await Promise.all([1, 2, 3].map(() => StreamClient.open(api, stalledKey)));
      stalled.forEach((client) => client.response.pause());
      const slow = await StreamClient.open(api, api.keys.admin);
      slow.response.pause();
      const normal = await StreamClient.open(api, await createKey(api, 'admin'));

      // Comments until all four readers that do not read are behind (the kernel's socket buffers take some MB first).
      let COMMENTS = 0;
      while (!((await metric(api, 'handoff_stream_gaps_total')) >= 4)) {
        expect(COMMENTS).toBeLessThan(300);
        await comments(10);
        COMMENTS += 10;
      }
      await normal.until(() => normal.commentIds().length === COMMENTS);
      const all = normal.commentIds();
      expect(normal.frames.some((frame) => frame.event === 'gap')).toBe(false);

      // Three streams and the slow one never read: what the server holds for them is bounded by the budget.
      const buffered = await metric(api, 'handoff_stream_buffered_bytes');
      expect(buffered).toBeLessThanOrEqual(4 * (BUDGET + FRAME_MOST));
      expect(await metric(api, 'handoff_stream_dropped_events_total')).toBeGreaterThan(0);
      expect(await metric(api, 'handoff_streams_open')).toBe(5);

      // The slow reader takes what was buffered, then a gap names the last event it got, then the stream ends.
      slow.response.resume();
      await slow.until(() => slow.isEnded);
      const got = slow.commentIds();
      const gap = slow.frames.at(-1);
      expect(gap?.event).toBe('gap');
      expect(got.length).toBeLessThan(COMMENTS);
      expect(got).toEqual(all.slice(0, got.length));
      expect(JSON.parse(gap?.data ?? '')).toEqual({ resumeAfter: got.at(-1) });
      expect(gap?.id).toBe(got.at(-1));

      // Resuming with Last-Event-ID = the gap's id, it gets the rest at its own pace, nothing lost or twice.
      const resumed = await StreamClient.open(api, api.keys.admin, gap?.id ?? 0);
      await resumed.until(() => resumed.commentIds().at(-1) === all.at(-1));
      expect([...got, ...resumed.commentIds()]).toEqual(all);
      resumed.close();
      normal.close();
      stalled.forEach((client) => client.close());
    });

    test('a resumed stream that never reads gets its backlog only as fast as it takes it', async () => {
      await comments(50);
      const droppedBefore = await metric(api, 'handoff_stream_dropped_events_total');
      const reader = await StreamClient.open(api, await createKey(api, 'admin'), 1);
      reader.response.pause();
      // The backlog (some MB) fills the socket buffers, then the server holds bytes for the reader; from then on the
      // replay waits for 'drain': what it holds stays under one event past the socket's high-water mark.
      let polls = 0;
      while ((await metric(api, 'handoff_stream_buffered_bytes')) === 0) {
        polls += 1;
        expect(polls).toBeLessThan(5_000);
      }
      for (let sample = 0; sample < 20; sample += 1) {
        expect(await metric(api, 'handoff_stream_buffered_bytes')).toBeLessThanOrEqual(
          16 * 1024 + FRAME_MOST,
        );
      }
      expect(await metric(api, 'handoff_stream_dropped_events_total')).toBe(droppedBefore);
      reader.close();
    });

    test('a key holds at most so many streams: the next is 429 in the error shape; closing one frees its place', async () => {
      const key = await createKey(api, 'admin');
      const open = await Promise.all([1, 2, 3].map(() => StreamClient.open(api, key)));
      const refused = await api.request('GET', '/v1/stream', { key });
      expect(refused.status).toBe(429);
      expect(refused.body.error).toMatchObject({ code: 'rate_limited', path: null });
      expect(refused.body.error.message).toContain('3 open streams');
      // The server learns of the close when the socket ends: until then the key still holds three.
      open[0]?.close();
      let again = await StreamClient.open(api, key);
      for (let tries = 1; again.response.statusCode === 429; tries += 1) {
        expect(tries).toBeLessThan(1_000);
        again.close();
        again = await StreamClient.open(api, key);
      }
      expect(again.response.statusCode).toBe(200);
      [again, ...open].forEach((client) => client.close());
    });
  });

  describe(`${dialect}: incident events`, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, {
        yaml: incidentPlaybookYaml(),
        streamLimits: { maxBufferedBytes: BUDGET, maxPerKey: 3 },
      });
    });
    afterAll(() => api.close());

    test('a reader that does not keep up with incident updates gets a gap, and resumes from it with nothing lost', async () => {
      const lena = await api.keys.human('lena');
      const opened = await api.request('POST', '/v1/incidents', {
        key: lena,
        body: { title: 'Everything is slow', severity: 'sev2' },
      });
      const id = opened.body.id as string;
      const slow = await StreamClient.open(api, api.keys.admin);
      slow.response.pause();
      let updates = 0;
      while (!((await metric(api, 'handoff_stream_gaps_total')) >= 1)) {
        expect(updates).toBeLessThan(3_000);
        for (let i = 0; i < 10; i += 1) {
          const reply = await api.request('POST', `/v1/incidents/${id}/updates`, {
            key: lena,
            body: { note: COMMENT.slice(0, 20_000) },
          });
          expect(reply.status).toBe(200);
        }
        updates += 10;
      }
      const timeline = await api.request('GET', `/v1/incidents/${id}`, { key: lena });
      const all = (timeline.body.timeline as Array<{ id: number; type: string }>)
        .filter((event) => event.type === 'update_posted')
        .map((event) => event.id);
      const updateIds = (client: StreamClient) =>
        client.frames
          .filter((frame) => frame.event === 'incident' && JSON.parse(frame.data).type === 'update_posted')
          .map((frame) => frame.id as number);

      slow.response.resume();
      await slow.until(() => slow.isEnded);
      const got = updateIds(slow);
      const gap = slow.frames.at(-1);
      expect(gap?.event).toBe('gap');
      expect(got.length).toBeLessThan(all.length);
      expect(gap?.id).toBe(got.at(-1));
      const resumed = await StreamClient.open(api, api.keys.admin, gap?.id ?? 0);
      await resumed.until(() => updateIds(resumed).at(-1) === all.at(-1));
      expect([...got, ...updateIds(resumed)]).toEqual(all);
      resumed.close();
    });
  });
}
