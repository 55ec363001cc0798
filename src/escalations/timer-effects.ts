// The effect of each kind of timer, for the timers worker. Each runs inside the transaction that marks its timer fired.
import type { TimerEffect } from '../workers/timers-worker.js';
import { announceSlaMoment } from './sla-timer-effects.js';

const announce: TimerEffect = async (fired) => {
  const event = await announceSlaMoment(fired);
  return event === null ? [] : [event];
};

export const timerEffects: Readonly<Record<string, TimerEffect>> = {
  sla_warning: announce,
  sla_breach: announce,
};
