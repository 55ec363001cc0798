// Answers workflow questions fast: may this status move to that one, which category is a status in.
import { HandoffError } from '../../errors.js';
import type { Workflow } from '../playbook/workflow-schema.js';
import { defaultWorkflow } from '../playbook/default-workflow.js';

export interface CompiledWorkflow {
  initial: string;
  statuses: readonly string[];
  categoryOf(status: string): 'open' | 'paused' | 'done' | undefined;
  allowedFrom(status: string): readonly string[];
  /** Throws `invalid_transition` naming the allowed statuses when the move is not allowed. */
  assertTransition(from: string, to: string): void;
  /** The first status of a category the current status may move to (e.g. the "done" status to resolve into). */
  firstReachable(from: string, candidates: readonly string[]): string | undefined;
}

export function compileWorkflow(workflow: Workflow = defaultWorkflow): CompiledWorkflow {
  const categories = new Map(workflow.statuses.map((status) => [status.id, status.category]));
  const transitions = new Map(Object.entries(workflow.transitions));
  const allowedFrom = (status: string): readonly string[] => transitions.get(status) ?? [];
  return {
    initial: workflow.initial ?? workflow.statuses[0]?.id ?? 'new',
    statuses: workflow.statuses.map((status) => status.id),
    categoryOf: (status) => categories.get(status),
    allowedFrom,
    assertTransition(from, to) {
      if (!categories.has(to)) {
        throw new HandoffError(
          'unprocessable',
          `"${to}" is not a status (statuses: ${[...categories.keys()].join(', ')})`,
          {
            path: 'status',
          },
        );
      }
      if (!allowedFrom(from).includes(to)) {
        const allowed = allowedFrom(from);
        throw new HandoffError(
          'invalid_transition',
          `cannot move from ${from} to ${to}; allowed: ${allowed.length === 0 ? 'none' : allowed.join(', ')}`,
          { path: 'status' },
        );
      }
    },
    firstReachable: (from, candidates) =>
      candidates.find((candidate) => allowedFrom(from).includes(candidate)),
  };
}
