// Who is on call now, or at a given time, in each rotation of the playbook; and one rotation's shifts over a period.
import { z } from 'zod';
import type { Context } from '../../context.js';
import { assertScope } from '../authorize.js';
import { HandoffError } from '../../errors.js';
import type { Shift } from '../../core/oncall/who-is-on-call.js';
import { parseInput } from '../parse-input.js';

export const OnCallQuery = z.strictObject({
  at: z.iso.datetime({ offset: true }).optional().describe('the moment to ask about (default now)'),
  team: z.string().min(1).max(100).optional(),
});

export const ShiftsQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional().describe('default now'),
  to: z.iso.datetime({ offset: true }).optional().describe('default 14 days after from'),
});

export interface OnCallNow {
  rotation: string;
  team: string;
  at: string;
  person: string;
  shift: { from: string; to: string; source: 'rotation' | 'override' };
}

const iso = (ms: number) => new Date(ms).toISOString();
const toShift = (shift: Shift) => ({
  person: shift.person,
  from: iso(shift.from),
  to: iso(shift.to),
  source: shift.source,
});

export async function listOnCall({
  ctx,
  input,
}: {
  ctx: Context;
  input: unknown;
}): Promise<{ items: OnCallNow[] }> {
  assertScope(ctx.actor, ['human']);
  const query = parseInput(OnCallQuery, input ?? {});
  const runtime = await ctx.playbook();
  const at = query.at === undefined ? ctx.clock() : Date.parse(query.at);
  const items = [...runtime.rotations.values()]
    .filter((rotation) => query.team === undefined || rotation.team === query.team)
    .map((rotation) => {
      const shift = rotation.shiftAt(at);
      return {
        rotation: rotation.id,
        team: rotation.team,
        at: iso(at),
        person: rotation.onCallAt(at),
        shift: { from: iso(shift.from), to: iso(shift.to), source: shift.source },
      };
    });
  return { items };
}

export async function listShifts({
  ctx,
  rotationId,
  input,
}: {
  ctx: Context;
  rotationId: string;
  input: unknown;
}) {
  assertScope(ctx.actor, ['human']);
  const query = parseInput(ShiftsQuery, input ?? {});
  const runtime = await ctx.playbook();
  const rotation = runtime.rotations.get(rotationId);
  if (rotation === undefined) {
    throw new HandoffError('not_found', `no rotation ${rotationId}`, { path: 'rotation' });
  }
  const from = query.from === undefined ? ctx.clock() : Date.parse(query.from);
  const to = query.to === undefined ? from + 14 * 86_400_000 : Date.parse(query.to);
  if (to <= from || to - from > 366 * 86_400_000) {
    throw new HandoffError('bad_request', '"to" must be after "from" and at most a year later', {
      path: 'to',
    });
  }
  return {
    rotation: rotation.id,
    team: rotation.team,
    shifts: rotation.shiftsBetween(from, to).map(toShift),
  };
}
