// A past case from the log in the shape `handoff drill` reads (a Case with its `outcome`). Pure.
import type { ClosedCase } from './close-case.js';

/** What the log knows of one case: channel, category, priority and group as fields, its first words, how it ended. */
export function drillCaseOf(closed: ClosedCase): Record<string, unknown> {
  const at = closed.openedAt === null ? undefined : new Date(closed.openedAt).toISOString();
  const fields: Record<string, string> = {};
  for (const key of ['priority', 'group', 'status'] as const) {
    const value = closed[key];
    if (value !== null) {
      fields[key] = value;
    }
  }
  return {
    id: closed.id.slice(0, 200),
    ...(closed.channel === null ? {} : { channel: closed.channel.slice(0, 100) }),
    ...(closed.category === null ? {} : { ai: { category: closed.category.slice(0, 200) } }),
    conversation: [{ role: 'customer', text: closed.text ?? '', ...(at === undefined ? {} : { at }) }],
    fields,
    ...(closed.reopens > 0 ? { outcome: 'reopened' } : closed.isResolved ? { outcome: 'resolved' } : {}),
  };
}
