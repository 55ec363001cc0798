// Lists escalations newest first with filters and an opaque cursor; each caller sees only what they may read.
import { z } from 'zod';
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import {
  type EscalationPageQuery,
  selectEscalationPage,
} from '../../store/queries/select-escalation-page.js';
import { parseInput } from '../parse-input.js';
import { teamsOf } from '../authorize.js';
import type { Escalation } from '../../core/escalation/escalation.js';
import { toEscalation } from '../lifecycle/escalation-view.js';

const Filter = z.string().min(1).max(200);
const TriggerIds = z
  .string()
  .max(2000)
  .regex(
    /^[A-Za-z0-9][\w.:-]*(,[A-Za-z0-9][\w.:-]*)*$/,
    'trigger ids separated by commas, e.g. asks-for-human,legal',
  )
  .describe('escalated by any of these triggers');
const Locales = z
  .string()
  .max(500)
  .regex(
    /^[a-z]{2,3}(-[a-z0-9]{2,8})*(,[a-z]{2,3}(-[a-z0-9]{2,8})*)*$/i,
    'language tags separated by commas, e.g. tr,en-GB',
  )
  .describe('the case locale is any of these, or a sub-tag of one ("tr" takes "tr-TR")');
const Instant = z.iso.datetime({ offset: true }).describe('an ISO 8601 instant such as 2026-11-20T09:00:00Z');
export const ListEscalationsInput = z
  .strictObject({
    status: Filter.optional(),
    team: Filter.optional(),
    tier: Filter.optional(),
    assignee: Filter.optional(),
    priority: Filter.optional(),
    case_id: Filter.optional(),
    trigger: TriggerIds.optional(),
    locale: Locales.optional(),
    opened_after: Instant.optional().describe('opened at or after this instant'),
    opened_before: Instant.optional().describe('opened before this instant'),
    updated_after: Instant.optional().describe('last changed at or after this instant'),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().max(200).optional(),
  })
  .refine(
    (input) =>
      input.opened_after === undefined ||
      input.opened_before === undefined ||
      Date.parse(input.opened_after) < Date.parse(input.opened_before),
    { message: 'opened_after must be before opened_before', path: ['opened_after'] },
  );

const encodeCursor = (openedAt: number, id: string) => Buffer.from(`${openedAt}:${id}`).toString('base64url');

function decodeCursor(cursor: string): { openedAt: number; id: string } {
  const [openedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const at = Number(openedAt);
  if (id === undefined || id === '' || !Number.isSafeInteger(at)) {
    throw new HandoffError('bad_request', 'cursor is not one this API gave', { path: 'cursor' });
  }
  return { openedAt: at, id };
}

export async function listEscalations({
  ctx,
  input,
}: {
  ctx: Context;
  input: unknown;
}): Promise<{ items: Escalation[]; nextCursor: string | null }> {
  const filters = parseInput(ListEscalationsInput, input ?? {});
  const runtime = await ctx.playbook();
  const query: EscalationPageQuery = { anyOf: {}, limit: filters.limit + 1 };
  for (const key of ['status', 'team', 'tier', 'assignee', 'priority', 'case_id'] as const) {
    const value = filters[key];
    if (value !== undefined) {
      // A comma-separated filter matches any of its values.
      query.anyOf[key] = value.split(',');
    }
  }
  if (filters.trigger !== undefined) {
    query.triggers = filters.trigger.split(',');
  }
  if (filters.locale !== undefined) {
    query.locales = filters.locale.toLowerCase().split(',');
  }
  if (filters.opened_after !== undefined) {
    query.openedAtLeast = Date.parse(filters.opened_after);
  }
  if (filters.opened_before !== undefined) {
    query.openedBefore = Date.parse(filters.opened_before);
  }
  if (filters.updated_after !== undefined) {
    query.updatedAtLeast = Date.parse(filters.updated_after);
  }
  if (ctx.actor.kind === 'agent') {
    query.openedBy = ctx.actor.keyId ?? '';
  } else if (ctx.actor.kind === 'human') {
    query.visibleTo = { teams: teamsOf(ctx.actor, runtime), personId: ctx.actor.personId ?? '' };
  }
  if (filters.cursor !== undefined) {
    query.after = decodeCursor(filters.cursor);
  }
  const rows = await selectEscalationPage(ctx.store.db, ctx.store, query);
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    items: page.map(toEscalation),
    nextCursor:
      rows.length > filters.limit && last !== undefined
        ? encodeCursor(Number(last.opened_at), last.id)
        : null,
  };
}
