// The library's public surface: load a playbook, compile it, decide cases.
import {
  compilePlaybook as compileWithClock,
  type DecideOptions,
  type Decider,
} from './decide/compile-playbook.js';
import type { Decision } from './decide/decision.js';
import type { Playbook } from './playbook/schema.js';

export type { Case } from './decide/case.js';
export type { Decision, Reason, Signals } from './decide/decision.js';
export type { Playbook, Trigger } from './playbook/schema.js';
export type { CounterStore } from './decide/counters.js';
export { makeMemoryCounterStore } from './decide/counters.js';
export { HandoffError, isHandoffError } from './errors.js';
export { loadPlaybook } from './playbook/load-playbook-file.js';
export { parsePlaybook } from './playbook/parse-playbook.js';
export { listTemplates, loadTemplate } from './playbook/templates.js';
export { playbookJsonSchema } from './playbook/json-schema.js';
export { foldText, detectHumanRequest, scoreSentiment, findPii, redactPii } from './signals/index.js';

/** A compiled playbook as the library offers it: `now` defaults to the system clock. */
export interface PlaybookDecider {
  readonly playbook: Playbook;
  /** Decides one case; never throws. `now` is a Date or ms since the epoch (default: now). */
  decide(input: unknown, now?: Date | number, options?: DecideOptions): Decision;
}

/** Compiles a playbook (from `loadPlaybook` or `loadTemplate`) once, for many decisions. */
export function compilePlaybook(playbook: Playbook, options: DecideOptions = {}): PlaybookDecider {
  const decider: Decider = compileWithClock(playbook, options);
  return {
    playbook,
    decide(input, now = Date.now(), decideOptions) {
      return decider.decide(input, typeof now === 'number' ? now : now.getTime(), decideOptions);
    },
  };
}
