// Who is on call in a rotation at an instant, and the shifts over a period: turns by hand-over, overrides on top.
import type { Rotation } from '../playbook/oncall-schema.js';
import { epochDayOf, instantOf, makeLocalTime, minuteOfDay } from '../time/local-time.js';

/** One stretch of time with one person on call; `from` inclusive, `to` exclusive, both epoch ms. */
export interface Shift {
  person: string;
  from: number;
  to: number;
  /** `rotation`: the person's turn; `override`: an override replaced the turn. */
  source: 'rotation' | 'override';
}

export interface CompiledRotation {
  readonly id: string;
  readonly team: string;
  readonly timezone: string;
  /** The person on call at `t` (epoch ms): the last listed override covering `t`, else whose turn it is. */
  onCallAt(t: number): string;
  /**
   * The shifts covering [`from`, `to`), in time order, cut at both ends; at most `limit` of them (page on from
   * the last one's `to`). A turn is cut where an override starts or ends; an override is one shift even across
   * a hand-over.
   */
  shiftsBetween(from: number, to: number, limit?: number): Shift[];
  /** The whole shift running at `t`, from its start to its end (not cut at `t`). */
  shiftAt(t: number): Shift;
}

interface Override {
  person: string;
  from: number;
  to: number;
}

/**
 * Compiles a rotation (already validated by the `Rotation` schema). Turns change at the hand-over time on the
 * rotation's local wall clock, so a shift that contains a daylight-saving change is an hour shorter or longer.
 * The order counts from the hand-over on `start`: `people[0]` first; times before it run the order backwards.
 */
export function compileRotation(rotation: Rotation): CompiledRotation {
  const local = makeLocalTime(rotation.timezone);
  const minute = minuteOfDay(rotation.handover);
  const startDay = epochDayOf(rotation.start);
  const step = rotation.period === 'daily' ? 1 : 7;
  const people = rotation.people;
  const overrides: Override[] = rotation.overrides.map((override) => ({
    person: override.person,
    from: instantOf(override.from, local),
    to: instantOf(override.to, local),
  }));

  /** The local day whose hand-over began the turn running at `t`. */
  const turnDayAt = (t: number): number => {
    const day = local.dayOf(t);
    const candidate = startDay + Math.floor((day - startDay) / step) * step;
    return local.instantAt(candidate, minute) <= t ? candidate : candidate - step;
  };
  const personOfTurn = (turnDay: number): string => {
    const turn = (turnDay - startDay) / step;
    return people[((turn % people.length) + people.length) % people.length] ?? '';
  };
  /** Index of the winning override at `t`: later entries win, so a fix-up can be appended. */
  const overrideAt = (t: number): number => {
    for (let index = overrides.length - 1; index >= 0; index -= 1) {
      const override = overrides[index];
      if (override !== undefined && override.from <= t && t < override.to) {
        return index;
      }
    }
    return -1;
  };
  const nextOverrideEdge = (t: number, onlyStarts: boolean): number => {
    let next = Number.POSITIVE_INFINITY;
    for (const override of overrides) {
      if (override.from > t && override.from < next) {
        next = override.from;
      }
      if (!onlyStarts && override.to > t && override.to < next) {
        next = override.to;
      }
    }
    return next;
  };

  const compiled: CompiledRotation = {
    id: rotation.id,
    team: rotation.team,
    timezone: rotation.timezone,
    onCallAt(t) {
      const winner = overrides[overrideAt(t)];
      return winner === undefined ? personOfTurn(turnDayAt(t)) : winner.person;
    },
    shiftsBetween(from, to, limit = 1_000) {
      const shifts: Shift[] = [];
      let lastKey = '';
      let cursor = from;
      while (cursor < to) {
        const index = overrideAt(cursor);
        const winner = overrides[index];
        let key: string;
        let segment: Shift;
        if (winner !== undefined) {
          // Only another override can take over from an override, so only override edges end it.
          key = `o${index}`;
          segment = {
            person: winner.person,
            from: cursor,
            to: Math.min(to, nextOverrideEdge(cursor, false)),
            source: 'override',
          };
        } else {
          const turnDay = turnDayAt(cursor);
          const turnEnd = local.instantAt(turnDay + step, minute);
          key = `r${turnDay}`;
          segment = {
            person: personOfTurn(turnDay),
            from: cursor,
            to: Math.min(to, turnEnd, nextOverrideEdge(cursor, true)),
            source: 'rotation',
          };
        }
        const last = shifts.at(-1);
        if (last !== undefined && key === lastKey) {
          // A shadowed override's edge split the stretch, but nobody else took over.
          last.to = segment.to;
        } else if (shifts.length < limit) {
          shifts.push(segment);
          lastKey = key;
        } else {
          break;
        }
        cursor = segment.to;
      }
      return shifts;
    },
    shiftAt(t) {
      // The shift running at t lies within its turn, or within the overrides covering t: list that stretch whole
      // and take the piece containing t.
      const turnDay = turnDayAt(t);
      let from = local.instantAt(turnDay, minute);
      let to = local.instantAt(turnDay + step, minute);
      for (const override of overrides) {
        if (override.from <= t && t < override.to) {
          from = Math.min(from, override.from);
          to = Math.max(to, override.to);
        }
      }
      const shift = compiled
        .shiftsBetween(from, to)
        .find((candidate) => candidate.from <= t && t < candidate.to);
      return shift ?? { person: compiled.onCallAt(t), from: t, to: t + 1, source: 'rotation' };
    },
  };
  return compiled;
}
