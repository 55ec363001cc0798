// The tier above another in a playbook: the tier's declared `next`, else the next tier in playbook order.
import type { PlaybookRuntime } from './playbook-runtime.js';

/** The tier above, or undefined at the top. */
export function nextTier(runtime: PlaybookRuntime, tier: string | null): string | undefined {
  if (tier === null) {
    return runtime.tierOrder[0];
  }
  const declared = runtime.playbook.tiers.find((candidate) => candidate.id === tier)?.next;
  if (declared !== undefined) {
    return declared;
  }
  const index = runtime.tierOrder.indexOf(tier);
  return index < 0 ? undefined : runtime.tierOrder[index + 1];
}
