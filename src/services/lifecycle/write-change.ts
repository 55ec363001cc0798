// The one way a decided change is written: the guarded update, its events, the reactions to them, SLA clocks.
import type { Transaction, Updateable } from 'kysely';
import type { Actor } from '../../context.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { type EscalationRow, selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import { cancelTimers } from '../../store/queries/timers.js';
import { updateEscalationRow } from '../../store/queries/update-escalation-row.js';
import type { EscalationsTable, Tables } from '../../store/tables.js';
import { reactToEvents } from './react-to-events.js';
import { recordEvents } from './record-event.js';
import { planOwnerFallback } from './owner-fallback.js';
import { syncSlaClocks } from './sync-sla-clocks.js';

export interface EscalationChange {
  patch: Updateable<EscalationsTable>;
  events: Array<{ type: string; data: Record<string, unknown> }>;
  /** Teams that may have freed capacity: their waiting escalations are assigned in the same transaction. */
  backfill?: readonly string[];
}

/**
 * Writes a decided change inside the caller's transaction: the guarded update, its events, what ladders and
 * automations do about them, the ladder and reminders stopped when claimed or finished, the SLA clocks
 * re-planned. Returns the row as it now is and every event written. Backfill is applyChange's: a change that
 * backfill itself writes (an assignment) never frees capacity.
 */
export async function writeChange(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: Actor,
  current: EscalationRow,
  decided: EscalationChange,
  now: number,
): Promise<{ row: EscalationRow; events: TimelineEvent[] }> {
  const id = current.id;
  const fullPatch = { ...decided.patch, updated_at: now };
  await updateEscalationRow(trx, id, current.version, fullPatch);
  const written: TimelineEvent[] = await recordEvents(
    trx,
    decided.events.map((event) => ({
      escalationId: id,
      type: event.type,
      actor: actor.name,
      at: now,
      data: event.data,
    })),
  );
  const reactions = await reactToEvents(trx, runtime, id, written, now);
  written.push(...reactions);
  const latest =
    reactions.length > 0
      ? await selectEscalationRow(trx, id)
      : ({ ...current, ...fullPatch, version: current.version + 1 } as EscalationRow);
  await stopFinishedWork(trx, runtime, latest, current);
  await syncSlaClocks(trx, runtime, latest, now);
  await planOwnerFallback(trx, runtime, latest, current, now);
  return { row: latest, events: written };
}

/** A claimed escalation stops its ladder; a finished one also its update reminders. */
async function stopFinishedWork(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  latest: EscalationRow,
  before: EscalationRow,
): Promise<void> {
  if (runtime.workflow.categoryOf(latest.status) === 'done') {
    await cancelTimers(trx, latest.id, ['ladder_step', 'update_reminder']);
  } else if (latest.claimed_at !== null && before.claimed_at === null) {
    await cancelTimers(trx, latest.id, ['ladder_step']);
  }
}
