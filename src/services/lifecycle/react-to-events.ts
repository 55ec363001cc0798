// What follows from timeline events, in the same transaction: ladders that start on them and the playbook's automations.
import type { Transaction } from 'kysely';
import type { CascadeLink } from '../../core/automations/run-automations.js';
import { readCase } from '../../core/decide/read-case.js';
import { escalationEventTypes, type EscalationEventType } from '../../core/playbook/automation-schema.js';
import { decodeJson } from '../../store/json.js';
import { selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import { cancelTimers, scheduleTimers } from '../../store/queries/timers.js';
import type { Tables } from '../../store/tables.js';
import { applyAutomation } from './apply-automation.js';
import type { EscalationContext, TimelineEvent } from '../../core/escalation/escalation.js';
import { makeLadderResolver } from './ladder-resolver.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { recordEvent } from './record-event.js';

const reactsTo = new Set<string>(escalationEventTypes);

/**
 * Runs ladders and automations for each event, then for the events their actions write (a cascade,
 * guarded against loops: a stopped automation is recorded as `automation_loop_stopped`). Returns
 * every event written.
 */
export async function reactToEvents(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  escalationId: string,
  events: readonly TimelineEvent[],
  now: number,
  chain: readonly CascadeLink[] = [],
): Promise<TimelineEvent[]> {
  const written: TimelineEvent[] = [];
  if ((runtime.playbook.automations?.length ?? 0) === 0 && runtime.ladders.size === 0) {
    return written;
  }
  for (const event of events) {
    if (!reactsTo.has(event.type)) {
      continue;
    }
    const type = event.type as EscalationEventType;
    const row = await selectEscalationRow(trx, escalationId);
    for (const ladder of runtime.ladders.get(row.team) ?? []) {
      if (ladder.startsOn(type)) {
        const steps = ladder.plan(now, makeLadderResolver(runtime, row));
        await cancelTimers(trx, escalationId, ['ladder_step']);
        await scheduleTimers(
          trx,
          steps.map((step) => ({
            escalationId,
            kind: 'ladder_step',
            dueAt: step.dueAt,
            data: { level: step.level, round: step.round, targets: [...step.targets], startedBy: type },
          })),
        );
        written.push(
          await recordEvent(trx, {
            escalationId,
            type: 'ladder_started',
            actor: 'handoff',
            at: now,
            data: { team: ladder.team, startedBy: type, steps: steps.length },
          }),
        );
      }
    }
    const view = readCase((decodeJson(row.context) as EscalationContext).case);
    const run = runtime.automations.run({
      event: { type, data: event.data },
      escalation: {
        id: row.id,
        status: row.status,
        priority: row.priority,
        team: row.team,
        tier: row.tier,
        customerTier: view.customerTier ?? null,
        channel: view.channel ?? null,
        task: view.taskType ?? null,
        tags: decodeJson(row.tags),
      },
      chain,
    });
    for (const loop of run.loops) {
      written.push(
        await recordEvent(trx, {
          escalationId,
          type: 'automation_loop_stopped',
          actor: 'handoff',
          at: now,
          data: { automation: loop.automation, reason: loop.reason, message: loop.message },
        }),
      );
    }
    for (const fired of run.fired) {
      const current = await selectEscalationRow(trx, escalationId);
      const caused = await applyAutomation(trx, runtime, current, fired.automation, fired.actions, now);
      written.push(...caused, ...(await reactToEvents(trx, runtime, escalationId, caused, now, run.chain)));
    }
  }
  return written;
}
