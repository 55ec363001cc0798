// One playbook version ready to serve: compiled decider, workflow, approval rules, and lookups of teams, people and tiers.
import { compilePlaybook, type Decider } from '../decide/compile-playbook.js';
import type { CounterStore } from '../decide/counters.js';
import type { Person, Playbook, Team } from '../playbook/schema.js';
import { compileAutomations, type CompiledAutomations } from '../automations/run-automations.js';
import { compileLadder, type CompiledLadder } from '../oncall/ladder-plan.js';
import { compileRotation, type CompiledRotation } from '../oncall/who-is-on-call.js';
import { type CompiledSla, compileSla } from '../sla/compile-sla.js';
import { compileWorkflow, type CompiledWorkflow } from '../workflow/compile-workflow.js';
import { type ApprovalPlanner, compileApprovalRules } from './approval-rules.js';
import { type DeliveryPlanner, makeDeliveryPlanner } from '../deliveries/plan-deliveries.js';

export interface PlaybookRuntime {
  version: number;
  playbook: Playbook;
  decider: Decider;
  workflow: CompiledWorkflow;
  planApproval: ApprovalPlanner;
  /** The SLA section compiled, or null when the playbook has none. */
  sla: CompiledSla | null;
  rotations: ReadonlyMap<string, CompiledRotation>;
  /** Ladders by team. */
  ladders: ReadonlyMap<string, readonly CompiledLadder[]>;
  automations: CompiledAutomations;
  teams: ReadonlyMap<string, Team>;
  people: ReadonlyMap<string, Person>;
  tierOrder: readonly string[];
  /** Who hears of each event, through which integration. */
  deliveries: DeliveryPlanner;
}

/** Compiles a stored playbook version once; the server keeps it until another version is activated. */
export function makePlaybookRuntime(
  version: number,
  playbook: Playbook,
  counters?: CounterStore,
): PlaybookRuntime {
  return {
    version,
    playbook,
    decider: compilePlaybook(playbook, counters === undefined ? {} : { counters }),
    workflow: compileWorkflow(playbook.workflow),
    planApproval: compileApprovalRules(playbook.approvals ?? []),
    sla: playbook.sla === undefined ? null : compileSla(playbook.sla),
    rotations: new Map(
      (playbook.oncall?.rotations ?? []).map((rotation) => [rotation.id, compileRotation(rotation)]),
    ),
    ladders: groupLadders(playbook.oncall?.ladders.map(compileLadder) ?? []),
    automations: compileAutomations(playbook.automations ?? []),
    teams: new Map(playbook.teams.map((team) => [team.id, team])),
    people: new Map((playbook.people ?? []).map((person) => [person.id, person])),
    tierOrder: playbook.tiers.map((tier) => tier.id),
    deliveries: makeDeliveryPlanner(playbook),
  };
}

function groupLadders(ladders: readonly CompiledLadder[]): Map<string, CompiledLadder[]> {
  const byTeam = new Map<string, CompiledLadder[]>();
  for (const ladder of ladders) {
    byTeam.set(ladder.team, [...(byTeam.get(ladder.team) ?? []), ladder]);
  }
  return byTeam;
}
