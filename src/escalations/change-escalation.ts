// The shape of every verb that changes an escalation: read, check, one guarded update, its events, one transaction.
import type { Transaction, Updateable } from 'kysely';
import type { Actor, Context } from '../context.js';
import { HandoffError } from '../errors.js';
import { cancelTimers } from '../store/queries/timers.js';
import { type EscalationRow, selectEscalationRow } from '../store/queries/select-escalation-row.js';
import { updateEscalationRow } from '../store/queries/update-escalation-row.js';
import type { EscalationsTable, Tables } from '../store/tables.js';
import { assertMayWork } from './authorize.js';
import { backfillTeams } from './backfill-teams.js';
import { reactToEvents } from './react-to-events.js';
import { recordEvents } from './record-event.js';
import { syncSlaClocks } from './sync-sla-clocks.js';
import type { Escalation, TimelineEvent } from './escalation.js';
import { toEscalation } from './escalation-view.js';
import { planOwnerFallback } from './owner-fallback.js';
import type { PlaybookRuntime } from './playbook-runtime.js';

export interface EscalationChange {
  patch: Updateable<EscalationsTable>;
  events: Array<{ type: string; data: Record<string, unknown> }>;
  /** Teams that may have freed capacity: their waiting escalations are assigned in the same transaction. */
  backfill?: readonly string[];
}

export interface ChangeArguments {
  ctx: Context;
  id: string;
  /** When the caller says which version it saw (If-Match), a newer one is a conflict. */
  expectedVersion?: number | undefined;
  /** Who may change it: its workers (default), also the agent that opened it (`own`), or the change checks itself. */
  access?: 'work' | 'own' | 'read' | 'checked-by-change';
  /** Decides the change from the current row (null: nothing to do); throwing aborts with nothing written. */
  change: (
    row: EscalationRow,
    runtime: PlaybookRuntime,
    trx: Transaction<Tables>,
  ) => Promise<EscalationChange | null> | EscalationChange | null;
}

/** Runs one change in one transaction and publishes its events after commit. */
export async function changeEscalation({
  ctx,
  id,
  expectedVersion,
  access = 'work',
  change,
}: ChangeArguments): Promise<Escalation> {
  const runtime = await ctx.playbook();
  const now = ctx.clock();
  const { row, events } = await ctx.store.transaction(async (trx) => {
    const current = await selectEscalationRow(trx, id);
    if (access !== 'checked-by-change') {
      assertMayWork(ctx.actor, runtime, current, access);
    }
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new HandoffError(
        'conflict',
        `escalation ${id} is at version ${current.version}, not ${expectedVersion}`,
        {
          path: 'version',
        },
      );
    }
    const decided = await change(current, runtime, trx);
    if (decided === null) {
      return { row: current, events: [] };
    }
    return applyChange(trx, runtime, ctx.actor, current, decided, now);
  });
  ctx.events.publish(events);
  return toEscalation(row);
}

/**
 * Writes a decided change inside the caller's transaction: the guarded update, its events, what ladders and
 * automations do about them, the ladder and reminders stopped when claimed or finished, the SLA clocks
 * re-planned, and backfill of the teams that freed capacity. Returns the row as it now is and every event written.
 */
export async function applyChange(
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
  if (decided.backfill !== undefined && decided.backfill.length > 0) {
    written.push(...(await backfillTeams(trx, runtime, actor, decided.backfill, now)));
    return { row: await selectEscalationRow(trx, id), events: written };
  }
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
