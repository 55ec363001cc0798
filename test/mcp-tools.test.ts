// The MCP server over the SDK's in-memory transport on each database: the tools and resources an agent uses, what
// each key's scope refuses (a tool error, nothing written), and bad arguments.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/context.js';
import { handBackEscalation } from '../src/services/escalations/hand-back-escalation.js';
import { seedPlaybook } from '../src/services/playbooks/playbook-versions.js';
import { makeMcpServer } from '../src/transports/mcp/make-mcp-server.js';
import { MATRIX_URI, PLAYBOOK_URI } from '../src/transports/mcp/playbook-resources.js';
import { countRows } from './api-harness.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { admin, agent } from './service-harness.js';
import { customerCase, human, makeVerbBench, otherAgent, t0, verbYaml } from './verb-fixtures.js';

// Tool answers are read loosely and checked by the assertions that read them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const clients: Client[] = [];

    async function connect(actor: Actor): Promise<Client> {
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
      const ctx = bench.as(actor);
      const session = { logger: ctx.logger, contextOf: async () => ctx };
      await makeMcpServer({ session, version: 'test' }).connect(serverSide);
      const client = new Client({ name: 'test-agent', version: '1.0.0' });
      await client.connect(clientSide);
      clients.push(client);
      return client;
    }
    const call = async (client: Client, name: string, args: Record<string, unknown>) => {
      const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
      return { isError: result.isError === true, value: result.structuredContent as Json, result };
    };

    beforeAll(async () => {
      store = await makeTestStore(dialect);
      await seedPlaybook(store, verbYaml, 'test', t0);
    });
    afterAll(async () => {
      await Promise.all(clients.map((client) => client.close()));
      await store.close();
    });

    it('lists the six tools, each with a description and an input schema', async () => {
      const { tools } = await (await connect(agent)).listTools();
      expect(tools.map((tool) => tool.name).toSorted()).toEqual([
        'check_handback',
        'escalate',
        'evaluate_turn',
        'get_escalation',
        'list_my_escalations',
        'relay_customer_message',
      ]);
      for (const tool of tools) {
        expect(tool.description?.length, tool.name).toBeGreaterThan(80);
        expect(tool.inputSchema.type).toBe('object');
      }
      const evaluate = tools.find((tool) => tool.name === 'evaluate_turn');
      expect(evaluate?.inputSchema.required).toEqual(['case']);
      const escalate = tools.find((tool) => tool.name === 'escalate');
      expect(escalate?.inputSchema.required).toEqual(['case', 'reason_category', 'summary']);
    });

    it('evaluates a turn: the playbook escalates and the escalation is returned, then read with owner and SLA', async () => {
      const client = await connect(agent);
      const asked = await call(client, 'evaluate_turn', { case: customerCase('I want to talk to a human') });
      expect(asked.isError).toBe(false);
      expect(asked.value.decision.action).toBe('escalate');
      expect(asked.value.escalation).toMatchObject({ team: 'desk', tier: 'L1', status: 'new', owner: null });
      const read = await call(client, 'get_escalation', { escalation_id: asked.value.escalation.id });
      expect(read.value.escalation).toMatchObject({ id: asked.value.escalation.id, priority: 'high' });
      expect(read.value).toHaveProperty('sla', null);
      const kept = await call(client, 'evaluate_turn', { case: customerCase('thanks, that answers it') });
      expect(kept.value).toMatchObject({ decision: { action: 'continue' }, escalation: null });
    });

    it('escalates explicitly with a reason category and summary, and relays the customer', async () => {
      const client = await connect(agent);
      const opened = await call(client, 'escalate', {
        case: customerCase('my parcel never came'),
        reason_category: 'tool_failure',
        summary: 'the tracking tool timed out twice',
        team: 'billing',
      });
      expect(opened.isError).toBe(false);
      const id = opened.value.escalation.id as string;
      expect(opened.value.escalation.team).toBe('billing');
      const detail = await bench.read(id);
      expect(detail.context.explicitReason).toEqual({
        category: 'tool_failure',
        detail: 'the tracking tool timed out twice',
      });
      const relayed = await call(client, 'relay_customer_message', { escalation_id: id, text: 'any news?' });
      expect(relayed.isError).toBe(false);
      expect((await bench.read(id)).timeline.at(-1)).toMatchObject({
        type: 'customer_replied',
        data: { body: 'any news?' },
      });
    });

    it('lists only what this key opened, and sees when a person hands the conversation back', async () => {
      const mine = await connect(otherAgent);
      const conversation = customerCase('I want to talk to a human');
      const asked = await call(mine, 'evaluate_turn', { case: conversation });
      const id = asked.value.escalation.id as string;
      const listed = await call(mine, 'list_my_escalations', {});
      expect(listed.value.escalations.map((escalation: Json) => escalation.id)).toEqual([id]);
      const before = await call(mine, 'check_handback', { conversation_id: conversation.id });
      expect(before.value).toMatchObject({ escalated: true, handedBack: false, escalation: { id } });
      await handBackEscalation({
        ctx: bench.as(human('ana')),
        id,
        input: { note: 'address fixed', instructions: 'confirm the new address with the customer' },
      });
      const after = await call(mine, 'check_handback', { conversation_id: conversation.id });
      expect(after.value).toMatchObject({
        escalated: true,
        handedBack: true,
        by: 'ana',
        instructions: 'confirm the new address with the customer',
        note: 'address fixed',
      });
      const never = await call(mine, 'check_handback', { conversation_id: 'never-escalated' });
      expect(never.value).toMatchObject({ escalated: false, handedBack: false });
    });

    it('refuses calls outside the key scope as tool errors, and writes nothing', async () => {
      const agentClient = await connect(agent);
      const opened = await call(agentClient, 'evaluate_turn', { case: customerCase() });
      const id = opened.value.escalation.id as string;
      const rows = async () => ({
        escalations: await countRows(store, 'escalations'),
        evaluations: await countRows(store, 'evaluations'),
        events: await countRows(store, 'events'),
      });
      const counted = await rows();

      const person = await connect(human('ana'));
      const evaluated = await call(person, 'evaluate_turn', { case: customerCase() });
      expect(evaluated).toMatchObject({ isError: true, value: { error: { code: 'forbidden' } } });
      const escalated = await call(person, 'escalate', {
        case: customerCase(),
        reason_category: 'other',
        summary: 'x',
      });
      expect(escalated.value.error.code).toBe('forbidden');
      const relayed = await call(person, 'relay_customer_message', { escalation_id: id, text: 'forged' });
      expect(relayed.value.error).toMatchObject({ code: 'forbidden', path: 'author' });
      // Another agent's escalation does not exist for this key.
      const stranger = await connect(otherAgent);
      const read = await call(stranger, 'get_escalation', { escalation_id: id });
      expect(read.value.error).toMatchObject({ code: 'not_found', path: 'id' });
      const relayedByStranger = await call(stranger, 'relay_customer_message', {
        escalation_id: id,
        text: 'x',
      });
      expect(relayedByStranger.value.error.code).toBe('not_found');
      expect(await rows()).toEqual(counted);
    });

    it('bad arguments are tool errors that name the problem, and write nothing', async () => {
      const client = await connect(agent);
      const before = await countRows(store, 'evaluations');
      const noId = await call(client, 'evaluate_turn', { case: { turn: 1 } });
      expect(noId.isError).toBe(true);
      expect(JSON.stringify(noId.result.content)).toContain('id');
      const badCategory = await call(client, 'escalate', {
        case: customerCase(),
        reason_category: 'bored',
        summary: 'x',
      });
      expect(badCategory.isError).toBe(true);
      expect(JSON.stringify(badCategory.result.content)).toContain('reason_category');
      const noTeam = await call(client, 'escalate', {
        case: customerCase(),
        reason_category: 'other',
        summary: 'x',
        team: 'nobody',
      });
      expect(noTeam.value.error).toMatchObject({ code: 'unprocessable', path: 'team' });
      const missing = await call(client, 'get_escalation', {});
      expect(missing.isError).toBe(true);
      expect(await countRows(store, 'evaluations')).toBe(before);
      expect(await countRows(store, 'escalations')).toBeGreaterThan(0);
    });

    it('resources: the matrix for every key, the playbook YAML for people and admins only', async () => {
      const agentClient = await connect(agent);
      const { resources } = await agentClient.listResources();
      expect(resources.map((resource) => resource.uri).toSorted()).toEqual([PLAYBOOK_URI, MATRIX_URI]);
      const matrix = await agentClient.readResource({ uri: MATRIX_URI });
      const text = (matrix.contents[0] as { text: string }).text;
      expect(text).toContain('| human | the customer asks for a person | escalate | high |');
      expect(text).toContain('| L1 (Frontline) | — | needs an account change | L2 (Specialists) |');
      // An AI system's key reads no people: not who works at a level, not the owners.
      expect(text).not.toContain('| People |');
      expect(text).not.toContain('Owners and contacts');
      await expect(agentClient.readResource({ uri: PLAYBOOK_URI })).rejects.toThrow(/forbidden/);
      const person = await connect(human('ana'));
      const playbook = await person.readResource({ uri: PLAYBOOK_URI });
      expect(playbook.contents[0]).toMatchObject({ mimeType: 'application/yaml', text: verbYaml });
      const asAdmin = await connect(admin);
      expect((await asAdmin.readResource({ uri: PLAYBOOK_URI })).contents[0]).toMatchObject({
        text: verbYaml,
      });
    });
  });
}
