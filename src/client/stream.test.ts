// HandoffClient.stream against a stubbed fetch: incident events come as `incident` messages beside escalation
// events, and after the stream ends it resumes after the last id of either kind.
import { describe, expect, it } from 'vitest';
import { HandoffClient, type StreamMessage } from './handoff-client.js';

const sse = (text: string) =>
  new Response(new Blob([text]).stream(), { status: 200, headers: { 'content-type': 'text/event-stream' } });

describe('HandoffClient.stream', () => {
  it('yields incident events as their own kind and resumes after the last id of either kind', async () => {
    const escalationEvent = { id: 7, escalationId: 'E-1', type: 'created', actor: null, at: '', data: {} };
    const incidentEvent = { id: 8, incidentId: 'inc_1', type: 'opened', actor: 'lena', at: '', data: {} };
    const lastIds: Array<string | null> = [];
    const abort = new AbortController();
    const client = new HandoffClient({
      baseUrl: 'http://handoff.test',
      key: 'hk_test',
      retryDelayMs: 1,
      fetch: async (_url, init) => {
        lastIds.push(new Headers(init?.headers).get('last-event-id'));
        return lastIds.length === 1
          ? sse(
              `: connected\n\nid: 7\nevent: created\ndata: ${JSON.stringify(escalationEvent)}\n\n` +
                `id: 8\nevent: incident\ndata: ${JSON.stringify(incidentEvent)}\n\n`,
            )
          : (abort.abort(), sse(': connected\n\n'));
      },
    });
    const received: StreamMessage[] = [];
    for await (const message of client.stream({ signal: abort.signal })) {
      received.push(message);
    }
    expect(received).toEqual([
      { type: 'event', event: escalationEvent },
      { type: 'incident', event: incidentEvent },
    ]);
    expect(lastIds).toEqual([null, '8']);
  });
});
