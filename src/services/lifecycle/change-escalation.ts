// The shape of every verb that changes an escalation: read, check, one guarded update, its events, one transaction.
import type { Transaction } from 'kysely';
import type { Actor, Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { type EscalationRow, selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import type { Tables } from '../../store/tables.js';
import { assertMayWork } from '../authorize.js';
import { backfillTeams } from './backfill-teams.js';
import { type EscalationChange, writeChange } from './write-change.js';
import type { Escalation, TimelineEvent } from '../../core/escalation/escalation.js';
import { toEscalation } from './escalation-view.js';
import { followEvents } from './follow-events.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';

export type { EscalationChange };

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
    const applied = await applyChange(trx, runtime, ctx.actor, current, decided, now);
    return { row: applied.row, events: await followEvents(trx, runtime, applied.events, now) };
  });
  ctx.events.publish(events);
  return toEscalation(row);
}

/**
 * Writes a decided change inside the caller's transaction (see writeChange), then backfills the teams that freed
 * capacity. Returns the row as it now is and every event written.
 */
export async function applyChange(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: Actor,
  current: EscalationRow,
  decided: EscalationChange,
  now: number,
): Promise<{ row: EscalationRow; events: TimelineEvent[] }> {
  const written = await writeChange(trx, runtime, actor, current, decided, now);
  if (decided.backfill === undefined || decided.backfill.length === 0) {
    return written;
  }
  const backfilled = await backfillTeams(trx, runtime, actor, decided.backfill, now);
  return { row: await selectEscalationRow(trx, current.id), events: [...written.events, ...backfilled] };
}
