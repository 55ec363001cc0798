// The MCP resources: the active playbook (YAML) and its escalation matrix (Markdown tables). Scope as over HTTP:
// the playbook names people, so it is for human and admin keys; the matrix names none, so an agent key reads it too.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { Context } from '../../context.js';
import { isHandoffError } from '../../errors.js';
import { getEscalationMatrix } from '../../services/playbooks/get-escalation-matrix.js';
import { getPlaybookYaml } from '../../services/playbooks/playbook-versions.js';
import type { McpSession } from './tool-result.js';

export const PLAYBOOK_URI = 'handoff://playbook/active';
export const MATRIX_URI = 'handoff://playbook/escalation-matrix';

/** A refusal keeps the error family's code and path in the JSON-RPC error's data; a fault says only `internal`. */
async function read<T>(session: McpSession, uri: string, work: (ctx: Context) => Promise<T>): Promise<T> {
  try {
    return await work(await session.contextOf());
  } catch (error) {
    if (isHandoffError(error) && error.code !== 'internal') {
      throw new McpError(ErrorCode.InvalidRequest, `${error.code}: ${error.message}`, {
        code: error.code,
        path: error.path ?? null,
      });
    }
    session.logger.error({ err: error, uri }, 'MCP resource failed');
    throw new McpError(ErrorCode.InternalError, 'internal error', { code: 'internal', path: null });
  }
}

export function registerPlaybookResources(server: McpServer, session: McpSession): void {
  server.registerResource(
    'playbook',
    PLAYBOOK_URI,
    {
      title: 'The active playbook',
      description:
        'The playbook Handoff decides with (YAML): triggers, thresholds by task risk, routes, teams, tiers, SLA. ' +
        'Human and admin keys only (it names people).',
      mimeType: 'application/yaml',
    },
    (uri) =>
      read(session, uri.href, async (ctx) => {
        const active = await getPlaybookYaml({ ctx });
        return {
          contents: [{ uri: uri.href, mimeType: 'application/yaml', text: active.yaml }],
          _meta: { version: active.version },
        };
      }),
  );
  server.registerResource(
    'escalation-matrix',
    MATRIX_URI,
    {
      title: 'Escalation matrix',
      description:
        'When the active playbook escalates: each trigger with its condition in words, action, priority and the team ' +
        'that takes it at each tier; the tiers and when work moves on; routes; confidence thresholds by task risk; SLA targets.',
      mimeType: 'text/markdown',
    },
    (uri) =>
      read(session, uri.href, async (ctx) => {
        const matrix = await getEscalationMatrix({ ctx });
        return {
          contents: [{ uri: uri.href, mimeType: 'text/markdown', text: matrix.markdown }],
          _meta: { version: matrix.version },
        };
      }),
  );
}
