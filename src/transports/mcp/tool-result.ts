// What an MCP tool answers: the value as JSON text and structured content, or the error family's body as a tool error.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from 'pino';
import type { Context } from '../../context.js';
import { isHandoffError } from '../../errors.js';

export function toolResult(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }], structuredContent: value };
}

/**
 * A refusal or bad input is the tool's answer (`isError`), with the API's `{ error: { code, message, path } }`, so
 * the model can read why and correct the call; a fault of Handoff is logged and told only as `internal`.
 */
export function toolError(logger: Logger, tool: string, error: unknown): CallToolResult {
  const body = isHandoffError(error)
    ? { error: { code: error.code, message: error.message, path: error.path ?? null } }
    : { error: { code: 'internal', message: 'internal error', path: null } };
  if (!isHandoffError(error) || error.code === 'internal') {
    logger.error({ err: error, tool }, 'MCP tool failed');
  }
  return { ...toolResult(body), isError: true };
}

/**
 * The context of one call: the key is checked again on each (a revoked key stops working within the authenticator's
 * cache time, however long the session has been open).
 */
export interface McpSession {
  contextOf(): Promise<Context>;
  logger: Logger;
}

/** Runs a tool's work with the call's context and answers with its value, or with the error as a tool error. */
export async function answer(
  session: McpSession,
  tool: string,
  work: (ctx: Context) => Promise<Record<string, unknown>>,
): Promise<CallToolResult> {
  try {
    return toolResult(await work(await session.contextOf()));
  } catch (error) {
    return toolError(session.logger, tool, error);
  }
}
