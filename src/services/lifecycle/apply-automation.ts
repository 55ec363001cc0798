// Applies one automation's actions to an escalation in the caller's transaction: one guarded update, its events and timers (the
// notification an action asks for is written to the outbox from its event).
import type { Transaction, Updateable } from 'kysely';
import type { ActionToApply } from '../../core/automations/run-automations.js';
import { decodeJson, encodeJson } from '../../store/json.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import { cancelTimers, scheduleTimers } from '../../store/queries/timers.js';
import { updateEscalationRow } from '../../store/queries/update-escalation-row.js';
import type { EscalationsTable, Tables } from '../../store/tables.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import { pickAssignee } from './pick-assignee.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { recordEvent } from './record-event.js';
import { openIncidentFromAutomation } from './incident-automation.js';

interface Pending {
  type: string;
  data: Record<string, unknown>;
}

/** Returns the events written; an action that cannot apply (a move the workflow forbids) becomes an `automation_failed` event. */
export async function applyAutomation(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  row: EscalationRow,
  automation: string,
  actions: readonly ActionToApply[],
  now: number,
): Promise<TimelineEvent[]> {
  const patch: Updateable<EscalationsTable> = {};
  const pending: Pending[] = [];
  const linked: TimelineEvent[] = [];
  const state = {
    status: row.status,
    priority: row.priority,
    team: row.team,
    tier: row.tier,
    assignee: row.assignee,
  };
  let tags = decodeJson(row.tags);
  let fields = decodeJson(row.fields);
  const reassign = async (why: string) => {
    const choice = await pickAssignee(trx, runtime, { team: state.team, tier: state.tier, skills: [] }, now);
    if (choice.personId !== state.assignee) {
      pending.push({
        type: 'assigned',
        data: {
          team: state.team,
          assignee: choice.personId,
          previousAssignee: state.assignee,
          why: `${choice.why} (${why})`,
        },
      });
      state.assignee = choice.personId;
      Object.assign(patch, {
        assignee: choice.personId,
        assigned_at: choice.personId === null ? null : now,
        claimed_at: null,
      });
    }
  };
  for (const action of actions) {
    const failed = (message: string) =>
      pending.push({ type: 'automation_failed', data: { action: action.kind, message } });
    switch (action.kind) {
      case 'set_status': {
        if (action.status === state.status) {
          break;
        }
        if (!runtime.workflow.allowedFrom(state.status).includes(action.status)) {
          failed(`cannot move from ${state.status} to ${action.status}`);
          break;
        }
        pending.push({ type: 'status_changed', data: { from: state.status, to: action.status } });
        state.status = action.status;
        patch.status = action.status;
        break;
      }
      case 'set_priority':
        if (action.priority !== state.priority) {
          pending.push({ type: 'priority_changed', data: { from: state.priority, to: action.priority } });
          state.priority = action.priority;
          patch.priority = action.priority;
        }
        break;
      case 'set_tier':
      case 'set_team': {
        const to =
          action.kind === 'set_tier'
            ? { team: state.team, tier: action.tier }
            : { team: action.team, tier: state.tier };
        if (to.team === state.team && to.tier === state.tier) {
          break;
        }
        pending.push({
          type: action.kind === 'set_tier' ? 'tier_changed' : 'rerouted',
          data: { from: { team: state.team, tier: state.tier }, to },
        });
        Object.assign(
          patch,
          action.kind === 'set_tier'
            ? { tier: to.tier, tier_changes: row.tier_changes + 1 }
            : { team: to.team, reroute_count: row.reroute_count + 1 },
        );
        Object.assign(state, to);
        await reassign(action.kind);
        break;
      }
      case 'assign': {
        if (action.strategy === 'auto') {
          await reassign('assign');
        } else if (!runtime.people.get(action.person)?.teams.includes(state.team)) {
          failed(`${action.person} is not in team ${state.team}`);
        } else if (action.person !== state.assignee) {
          pending.push({
            type: 'assigned',
            data: {
              team: state.team,
              assignee: action.person,
              previousAssignee: state.assignee,
              why: 'automation',
            },
          });
          state.assignee = action.person;
          Object.assign(patch, { assignee: action.person, assigned_at: now, claimed_at: null });
        }
        break;
      }
      case 'add_tag':
        if (!tags.includes(action.tag)) {
          tags = [...tags, action.tag];
          patch.tags = encodeJson(tags);
          pending.push({ type: 'tag_added', data: { tag: action.tag } });
        }
        break;
      case 'set_field':
        fields = { ...fields, [action.name]: action.value };
        patch.fields = encodeJson(fields);
        pending.push({ type: 'field_set', data: { name: action.name, value: action.value } });
        break;
      case 'notify':
        pending.push({
          type: 'notification_recorded',
          data: { channel: action.channel, template: action.template, message: action.message },
        });
        break;
      case 'start_update_reminders':
        await cancelTimers(trx, row.id, ['update_reminder']);
        await scheduleTimers(trx, [
          {
            escalationId: row.id,
            kind: 'update_reminder',
            dueAt: now + action.everyMs,
            data: { everyMs: action.everyMs, automation },
          },
        ]);
        pending.push({ type: 'update_reminders_started', data: { every: action.every } });
        break;
      case 'open_incident':
        linked.push(...(await openIncidentFromAutomation(trx, runtime, row, automation, action, now)));
        break;
    }
  }
  if (Object.keys(patch).length > 0) {
    await updateEscalationRow(trx, row.id, row.version, { ...patch, updated_at: now });
  }
  const written: TimelineEvent[] = [];
  for (const event of pending) {
    const recorded = await recordEvent(trx, {
      escalationId: row.id,
      type: event.type,
      actor: `automation:${automation}`,
      at: now,
      data: { ...event.data, automation },
    });
    written.push(recorded);
  }
  return [...written, ...linked];
}
