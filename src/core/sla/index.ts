// The public surface of the pure SLA core: calendars, policy choice, clocks computed from a timeline.
export { type BusinessCalendar, calendarTime, compileCalendar } from './business-calendar.js';
export { choosePolicy, compileSlaMatch, type SlaPolicyFacts, type SlaPredicate } from './choose-policy.js';
export { type CompiledSla, type CompiledSlaPolicy, compileSla } from './compile-sla.js';
export { type ClockInput, type ClockReading, type ClockState, measureClock } from './measure-clock.js';
export {
  computeSlaClocks,
  type SlaClock,
  type SlaClockPolicy,
  type SlaMoment,
  slaMoments,
} from './sla-clock.js';
export {
  type Halt,
  readSlaTimeline,
  type SlaFact,
  type SlaTimeline,
  type StatusCategory,
} from './sla-timeline.js';
