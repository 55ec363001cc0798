// A CRM on 127.0.0.1 for the `enrich:` tests: GET /customers/<id> answers the record given for that id, a status,
// or nothing at all until it is closed (a CRM that hangs); it counts lookups and keeps the headers it was sent.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type CrmAnswer = { record: Record<string, unknown> } | { status: number } | { hang: true };

export interface FakeCrm {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Lookups per customer id. */
  count(id: string): number;
  lastHeaders: IncomingHttpHeaders | null;
  close(): Promise<void>;
}

export async function startFakeCrm(answers: Record<string, CrmAnswer>): Promise<FakeCrm> {
  const counts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  let lastHeaders: IncomingHttpHeaders | null = null;
  const server = createServer((request, response) => {
    const match = /^\/customers\/([^/?]+)$/.exec(request.url ?? '');
    const id = match?.[1] === undefined ? '' : decodeURIComponent(match[1]);
    counts.set(id, (counts.get(id) ?? 0) + 1);
    lastHeaders = request.headers;
    const answer = answers[id];
    if (answer === undefined) {
      response.writeHead(404).end();
    } else if ('hang' in answer) {
      hanging.add(response);
    } else if ('status' in answer) {
      response.writeHead(answer.status).end();
    } else {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer.record));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    count: (id) => counts.get(id) ?? 0,
    get lastHeaders() {
      return lastHeaders;
    },
    async close() {
      for (const response of hanging) {
        response.destroy();
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
