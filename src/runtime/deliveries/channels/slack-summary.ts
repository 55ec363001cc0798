// Reads what an escalation's Slack message shows from its stored row: who, why, the brief's first lines, SLA due.
import type { HandoffBrief } from '../../../core/brief/handoff-brief.js';
import type { PlaybookRuntime } from '../../../core/playbook-runtime/playbook-runtime.js';
import type { StoredSla } from '../../../services/lifecycle/sync-sla-clocks.js';
import type { Db } from '../../../store/store.js';
import { decodeJson } from '../../../store/json.js';
import { selectEscalationRow } from '../../../store/queries/select-escalation-row.js';
import type { EscalationSummary } from './slack-blocks.js';

const briefLines = 3;

/** A person as Slack shows them: a mention when their Slack id is known, else their name. */
export function slackName(runtime: PlaybookRuntime, personId: string): string {
  const person = runtime.people.get(personId);
  return person?.slack_user !== undefined ? `<@${person.slack_user}>` : (person?.name ?? personId);
}

export async function summarizeEscalation(
  db: Db,
  runtime: PlaybookRuntime,
  id: string,
  publicUrl: string,
): Promise<EscalationSummary> {
  const row = await selectEscalationRow(db, id);
  const brief = decodeJson(row.brief) as Partial<HandoffBrief>;
  const sla = row.sla === null ? null : (decodeJson(row.sla) as StoredSla);
  const dues = (sla?.clocks ?? [])
    .filter((clock) => clock.stoppedAt === null && clock.dueAt !== null)
    .map((clock) => Number(clock.dueAt));
  const text = typeof brief.text === 'string' ? brief.text : '';
  return {
    id: row.id,
    status: row.status,
    priority: row.priority,
    team: row.team,
    assignee: row.assignee === null ? null : slackName(runtime, row.assignee),
    customer: brief.customer ?? row.case_id,
    why: (brief.why ?? []).join('; ') || (row.reason_category ?? 'no reason recorded'),
    brief: text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, briefLines)
      .join('\n'),
    slaDueAt: dues.length === 0 ? null : Math.min(...dues),
    isClaimed: row.claimed_at !== null,
    isDone: runtime.workflow.categoryOf(row.status) === 'done',
    url: `${publicUrl}/escalations/${encodeURIComponent(row.id)}`,
  };
}
