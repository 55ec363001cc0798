// For the tests that run SLA timers in real server processes: a playbook whose clocks run out in seconds, and
// escalations opened over HTTP.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import type { Db } from '../src/store/store.js';

/** The small valid playbook with one SLA policy for every escalation: a warning at half of `firstResponse`, then the breach. */
export const quickSlaYaml = (firstResponse: string): string => `${validYaml}sla:
  policies:
    - id: quick
      first_response: ${firstResponse}
      warnings: [50]
`;

/** Writes the playbook to a file of its own in a temp dir; `remove` deletes the dir. */
export async function writePlaybookFile(
  yaml: string,
): Promise<{ file: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-playbook-'));
  const file = join(dir, 'playbook.yaml');
  await writeFile(file, yaml);
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A case that escalates (the customer asks for a person). */
export const asksForHuman = (id: string): string =>
  JSON.stringify({
    id,
    turn: 1,
    conversation: [{ role: 'customer', text: 'I want to talk to a real person' }],
  });

/**
 * Opens one escalation per case id through the servers' APIs (round robin over `urls`), `concurrency` requests in
 * flight; any answer but 201 with an escalation throws. Returns the escalation ids in case order.
 */
export async function openEscalations(
  urls: readonly string[],
  adminKey: string,
  caseIds: readonly string[],
  concurrency = 16,
): Promise<string[]> {
  const ids: string[] = new Array<string>(caseIds.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < caseIds.length; i = next++) {
      const url = urls[i % urls.length] ?? '';
      const response = await fetch(`${url}/v1/evaluate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
        body: asksForHuman(caseIds[i] ?? ''),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await response.text();
      const escalationId = (JSON.parse(text) as { escalation?: { id?: string } | null }).escalation?.id;
      if (response.status !== 201 || escalationId === undefined) {
        throw new Error(`case ${caseIds[i]} at ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
      }
      ids[i] = escalationId;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return ids;
}

/** The SLA timers and whether each fired, by whom. */
export const slaTimers = (db: Db) =>
  db
    .selectFrom('timers')
    .select(['id', 'escalation_id', 'kind', 'due_at', 'fired_at', 'fired_by', 'attempts', 'last_error'])
    .where('kind', 'in', ['sla_warning', 'sla_breach'])
    .execute();

export interface SlaEvent {
  escalationId: string;
  type: string;
  key: string;
  dueAt: string;
  firedAt: string;
}

/** Every `sla_warning` and `sla_breached` event with what it records about its timer. */
export async function slaEvents(db: Db): Promise<SlaEvent[]> {
  const rows = await db
    .selectFrom('events')
    .select(['escalation_id', 'type', 'data'])
    .where('type', 'in', ['sla_warning', 'sla_breached'])
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const data = JSON.parse(row.data) as { key: string; dueAt: string; firedAt: string };
    return {
      escalationId: row.escalation_id,
      type: row.type,
      key: data.key,
      dueAt: data.dueAt,
      firedAt: data.firedAt,
    };
  });
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
