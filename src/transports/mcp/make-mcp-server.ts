// The MCP server of one key: tools and resources bound to that key's actor. Both transports (stdio for a local
// agent, Streamable HTTP at /mcp) build one per key.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerEscalationTools } from './escalation-tools.js';
import { registerPlaybookResources } from './playbook-resources.js';
import type { McpSession } from './tool-result.js';

const instructions =
  'Handoff decides when a person must take over a conversation. Call evaluate_turn with the conversation after ' +
  'each customer message and follow the decision. To hand over on your own judgement, call escalate. While a ' +
  'person owns the conversation, relay the customer with relay_customer_message and ask check_handback whether ' +
  'it is yours again. The escalation-matrix resource tells when the playbook escalates.';

/** An MCP server whose tools and resources act with the context `session` gives for each call. */
export function makeMcpServer({ session, version }: { session: McpSession; version: string }): McpServer {
  const server = new McpServer({ name: 'handoff', version }, { instructions });
  registerEscalationTools(server, session);
  registerPlaybookResources(server, session);
  return server;
}
