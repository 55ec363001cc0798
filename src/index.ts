// The library's public surface: load a playbook, compile it, decide cases.
import {
  compilePlaybook as compileWithClock,
  type DecideOptions,
  type Decider,
} from './core/decide/compile-playbook.js';
import type { Decision } from './core/decide/decision.js';
import type { Playbook } from './core/playbook/schema.js';

export type { Case } from './core/decide/case.js';
export type { Decision, Reason, Signals } from './core/decide/decision.js';
export type { Playbook, Trigger } from './core/playbook/schema.js';
export type { CounterStore } from './core/decide/counters.js';
export { makeMemoryCounterStore } from './core/decide/counters.js';
export { HandoffError, isHandoffError } from './errors.js';
export { loadPlaybook } from './services/playbooks/load-playbook-file.js';
export { parsePlaybook } from './core/playbook/parse-playbook.js';
export { listTemplates, loadTemplate } from './services/playbooks/templates.js';
export { playbookJsonSchema } from './core/playbook/json-schema.js';
export { foldText, detectHumanRequest, scoreSentiment, findPii, redactPii } from './core/signals/index.js';
export {
  generateWebhookSecret,
  makeWebhookReplayGuard,
  signWebhook,
  verifyWebhook,
  WebhookVerificationError,
} from './runtime/deliveries/standard-webhooks.js';

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
