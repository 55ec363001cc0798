// The MCP server as an agent reaches it, on each database: `handoff mcp` as a real stdio process, and Streamable
// HTTP at /mcp on a real `handoff serve` process; both act with their key's scope on the server's database.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandoffClient } from '../src/client/handoff-client.js';
import { createApiKey, revokeApiKey } from '../src/services/keys/api-keys.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));
const adminKey = 'hk_test_mcp_admin_key';

// Tool answers are read loosely and checked by the assertions that read them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const asksForPerson = (id: string) => ({
  id,
  turn: 1,
  customer: { id: 'C-9', tier: 'gold' },
  conversation: [{ role: 'customer', text: 'I want to cancel, let me talk to a real person' }],
});

async function call(client: Client, name: string, args: Record<string, unknown>) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  return { isError: result.isError === true, value: result.structuredContent as Json };
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let server: ServerProcess;
    let agentKey: string;
    const clients: Client[] = [];
    beforeAll(async () => {
      store = await makeTestStore(dialect);
      server = await startServerProcess({ databaseUrl: store.url, adminKey });
      agentKey = (await createApiKey(store, { scope: 'agent', name: 'mcp-agent' }, Date.now())).key;
    });
    afterAll(async () => {
      await Promise.all(clients.map((client) => client.close()));
      await server?.stop();
      await store?.close();
    });

    const overStdio = async (key: string) => {
      const client = new Client({ name: 'stdio-agent', version: '1.0.0' });
      const transport = new StdioClientTransport({
        command: process.execPath,
        args: [bin, 'mcp'],
        env: {
          PATH: process.env.PATH ?? '',
          DATABASE_URL: store.url,
          HANDOFF_API_KEY: key,
          LOG_LEVEL: 'warn',
        },
        stderr: 'pipe',
      });
      await client.connect(transport);
      clients.push(client);
      return client;
    };
    const overHttp = async (key: string | null) => {
      const client = new Client({ name: 'http-agent', version: '1.0.0' });
      const transport = new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
        requestInit: { headers: key === null ? {} : { authorization: `Bearer ${key}` } },
      });
      await client.connect(transport);
      clients.push(client);
      return client;
    };

    it('handoff mcp over stdio: an agent escalates, and the server sees the escalation', async () => {
      const client = await overStdio(agentKey);
      expect((await client.listTools()).tools).toHaveLength(6);
      const asked = await call(client, 'evaluate_turn', { case: asksForPerson('conv-mcp-stdio') });
      expect(asked.value.decision.action).toBe('escalate');
      const id = asked.value.escalation.id as string;
      const read = await new HandoffClient({ baseUrl: server.url, key: adminKey }).getEscalation(id);
      expect(read).toMatchObject({ caseId: 'conv-mcp-stdio', team: 'retention' });
      const status = await call(client, 'get_escalation', { escalation_id: id });
      expect(status.value.escalation).toMatchObject({ id, team: 'retention' });
      expect(status.value.sla.clocks.length).toBeGreaterThan(0);
      const matrix = await client.readResource({ uri: 'handoff://playbook/escalation-matrix' });
      expect((matrix.contents[0] as { text: string }).text).toContain(
        '| asks-for-human | The customer asks for a person',
      );
    });

    it('a key revoked while the stdio session is open stops working in that session', async () => {
      const created = await createApiKey(store, { scope: 'agent', name: 'revoked-later' }, Date.now());
      const client = await overStdio(created.key);
      const listed = await call(client, 'list_my_escalations', {});
      expect(listed).toMatchObject({ isError: false, value: { escalations: [] } });
      await revokeApiKey(store, created.id, Date.now());
      // The authenticator keeps a key's look-up for 5 s (as on every node): the refusal comes within that time.
      let refused: Json = null;
      for (let tries = 0; refused === null && tries < 60; tries += 1) {
        const attempt = await call(client, 'list_my_escalations', {});
        if (attempt.isError) {
          refused = attempt.value;
        } else {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      expect(refused).toMatchObject({ error: { code: 'unauthorized' } });
    });

    it('handoff mcp refuses to start without a valid key', async () => {
      const run = (env: Record<string, string>) =>
        new Promise<{ code: number; stderr: string }>((resolve) =>
          execFile(
            process.execPath,
            [bin, 'mcp'],
            { env: { PATH: process.env.PATH ?? '', DATABASE_URL: store.url, ...env } },
            (error, _stdout, stderr) => resolve({ code: Number(error?.code ?? 0), stderr }),
          ),
        );
      const missing = await run({});
      expect(missing).toMatchObject({ code: 1 });
      expect(missing.stderr).toContain('HANDOFF_API_KEY');
      expect((await run({ HANDOFF_API_KEY: 'hk_not_a_key' })).code).toBe(1);
    });

    it('Streamable HTTP at /mcp: Bearer key, the same tools, the same scopes', async () => {
      const agent = await overHttp(agentKey);
      const asked = await call(agent, 'evaluate_turn', { case: asksForPerson('conv-mcp-http') });
      expect(asked.value.escalation.team).toBe('retention');
      const listed = await call(agent, 'list_my_escalations', { conversation_id: 'conv-mcp-http' });
      expect(listed.value.escalations.map((escalation: Json) => escalation.id)).toEqual([
        asked.value.escalation.id,
      ]);

      const humanKey = (
        await createApiKey(store, { scope: 'human', name: 'emre', person: 'emre' }, Date.now())
      ).key;
      const person = await overHttp(humanKey);
      const refused = await call(person, 'escalate', {
        case: asksForPerson('conv-mcp-human'),
        reason_category: 'other',
        summary: 'not mine to open',
      });
      expect(refused).toMatchObject({ isError: true, value: { error: { code: 'forbidden' } } });
      const admin = new HandoffClient({ baseUrl: server.url, key: adminKey });
      expect((await admin.listEscalations({ case_id: 'conv-mcp-human' })).items).toEqual([]);
      const playbook = await person.readResource({ uri: 'handoff://playbook/active' });
      expect((playbook.contents[0] as { text: string }).text).toContain('handoff: 1');
    });

    it('/mcp without a key is 401 in the error shape; GET is 405', async () => {
      const bare = await fetch(`${server.url}/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
      expect(bare.status).toBe(401);
      expect(((await bare.json()) as Json).error.code).toBe('unauthorized');
      const get = await fetch(`${server.url}/mcp`, { headers: { authorization: `Bearer ${agentKey}` } });
      expect(get.status).toBe(405);
      expect(((await get.json()) as Json).error.path).toBe('method');
      await expect(overHttp(null)).rejects.toThrow();
    });
  });
}
