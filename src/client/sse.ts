// Reads server-sent events from a fetch body (a ReadableStream of bytes): the WHATWG event-stream format, no Node APIs.

/** One dispatched server-sent event. `id` is the last id the stream set (it carries over, as the format says). */
export interface SseMessage {
  id: string | undefined;
  event: string;
  data: string;
}

/**
 * Yields each event as it completes. Comments (`: …`) and `retry:` lines are read and dropped; an event cut off by
 * the end of the stream is not dispatched (the format's rule), so a reader resuming from the last id loses nothing.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = '';
  let lastId: string | undefined;
  let event = '';
  let data: string[] = [];
  let isFirstChunk = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      buffer += decoder.decode(value, { stream: true });
      if (isFirstChunk && buffer.length > 0) {
        // A byte-order mark may open the stream.
        buffer = buffer.replace(/^\uFEFF/, '');
        isFirstChunk = false;
      }
      // Lines end in CRLF, LF or CR; a CR at the very end may be half of a CRLF still on its way.
      for (;;) {
        const match = /\r\n|\n|\r(?!$)/.exec(buffer);
        if (match === null) {
          break;
        }
        const line = buffer.slice(0, match.index);
        buffer = buffer.slice(match.index + match[0].length);
        if (line === '') {
          if (data.length > 0) {
            yield { id: lastId, event: event === '' ? 'message' : event, data: data.join('\n') };
          }
          event = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) {
          continue;
        }
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const raw = colon === -1 ? '' : line.slice(colon + 1);
        const value = raw.startsWith(' ') ? raw.slice(1) : raw;
        if (field === 'data') {
          data.push(value);
        } else if (field === 'event') {
          event = value;
        } else if (field === 'id' && !value.includes('\0')) {
          lastId = value;
        }
      }
    }
  } finally {
    // A reader that stops early (break, abort) releases the connection.
    await reader.cancel().catch(() => undefined);
  }
}
