// A real local HTTP proxy in front of a Handoff server that misbehaves on purpose, per request: answers 503
// itself, loses the server's answer (the request was carried out, the client never hears), or cuts a stream.
import { createServer, type IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'forward' | 'unavailable' | 'lose-answer' | 'cut-stream';

export interface FlakyProxy {
  url: string;
  /** Each request as it came: method, path and the headers the client sent. */
  seen: Array<{ method: string; path: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

export async function startFlakyProxy(
  target: string,
  modeOf: (request: IncomingMessage, index: number) => ProxyMode,
): Promise<FlakyProxy> {
  const seen: FlakyProxy['seen'] = [];
  const server = createServer((incoming, outgoing) => {
    const mode = modeOf(incoming, seen.length);
    seen.push({ method: incoming.method ?? '', path: incoming.url ?? '', headers: incoming.headers });
    if (mode === 'unavailable') {
      incoming.resume();
      outgoing.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' });
      outgoing.end(JSON.stringify({ error: { code: 'unavailable', message: 'try again', path: null } }));
      return;
    }
    const upstream = request(
      `${target}${incoming.url ?? '/'}`,
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        if (mode === 'lose-answer') {
          answer.resume();
          answer.on('end', () => outgoing.socket?.destroy());
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => {
          // The connection drops right after the first event it carried (once those bytes are on their way).
          if (mode === 'cut-stream' && /(^|\n)id: /.test(chunk.toString('utf8'))) {
            answer.destroy();
            outgoing.write(chunk, () => outgoing.socket?.destroy());
          } else {
            outgoing.write(chunk);
          }
        });
        answer.on('end', () => outgoing.end());
        answer.on('error', () => outgoing.socket?.destroy());
      },
    );
    upstream.on('error', () => outgoing.socket?.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
