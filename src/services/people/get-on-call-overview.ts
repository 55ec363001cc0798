// Who is on call now and next in every rotation, and every team's ladder with whom each step reaches now.
import { z } from 'zod';
import type { Context } from '../../context.js';
import { onCallOverview } from '../../core/oncall/on-call-overview.js';
import { assertScope } from '../authorize.js';
import { parseInput } from '../parse-input.js';

export const OnCallOverviewQuery = z.strictObject({
  at: z.iso.datetime({ offset: true }).optional().describe('the moment to ask about (default now)'),
});

const iso = (ms: number) => new Date(ms).toISOString();

export async function getOnCallOverview({ ctx, input }: { ctx: Context; input: unknown }) {
  assertScope(ctx.actor, ['human']);
  const query = parseInput(OnCallOverviewQuery, input ?? {});
  const runtime = await ctx.playbook();
  const at = query.at === undefined ? ctx.clock() : Date.parse(query.at);
  const overview = onCallOverview({
    at,
    rotations: runtime.rotations.values(),
    ladders: runtime.playbook.oncall?.ladders ?? [],
    people: runtime.people,
  });
  return {
    at: iso(at),
    rotations: overview.rotations.map((row) => ({
      ...row,
      now: { ...row.now, from: iso(row.now.from), to: iso(row.now.to) },
      next: { ...row.next, from: iso(row.next.from), to: iso(row.next.to) },
    })),
    ladders: overview.ladders,
  };
}
