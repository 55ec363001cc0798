// Where a trigger's escalations can land: the one placement the escalation matrix, its document and the SOP share.
import type { Playbook, RouteTarget, Trigger } from './schema.js';

export interface TriggerTarget {
  target: RouteTarget;
  /** How the target is known: the trigger's own route, a route naming the trigger, or the default route. */
  via: 'trigger' | 'route' | 'default';
  /** The id of the route naming the trigger, when it has one. */
  route?: string | undefined;
}

/**
 * Where a trigger's escalations go: its own route; else every route that names it (a route may ask for more than
 * the trigger, so each can be the first to match); else the default route.
 */
export function triggerTargets(trigger: Trigger, playbook: Playbook): TriggerTarget[] {
  if (trigger.route !== undefined) {
    return [{ target: trigger.route, via: 'trigger' }];
  }
  const named = (playbook.routes ?? []).filter((route) => route.when.trigger?.includes(trigger.id) === true);
  if (named.length > 0) {
    return named.map((route) => ({ target: route, via: 'route', route: route.id }));
  }
  return [{ target: playbook.default_route, via: 'default' }];
}
