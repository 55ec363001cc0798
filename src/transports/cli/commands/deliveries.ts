// `handoff deliveries list|show|retry|replay|endpoints|enable`: what was sent where, and putting set-aside
// messages back in line, on the database in DATABASE_URL (default ./handoff.db).
import type { Command } from 'commander';
import type { Context } from '../../../context.js';
import { runAsOperator } from '../../../services/admin/admin-tasks.js';
import {
  enableDeliveryEndpoint,
  listDeliveryEndpoints,
} from '../../../services/deliveries/delivery-endpoints.js';
import type { Delivery } from '../../../services/deliveries/delivery-view.js';
import { getDelivery } from '../../../services/deliveries/get-delivery.js';
import { listDeliveries } from '../../../services/deliveries/list-deliveries.js';
import { replayDeadLetters } from '../../../services/deliveries/replay-dead-letters.js';
import { retryDelivery } from '../../../services/deliveries/retry-delivery.js';
import { parseDuration } from '../../../core/time/duration.js';
import { HandoffError } from '../../../errors.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

/** Runs one subcommand as the operator; its result printed as JSON (--json) or by `print`. */
function action<A extends unknown[]>(run: (ctx: Context, ...args: A) => Promise<string>) {
  return async (...args: A) => {
    try {
      const text = await runAsOperator(process.env.DATABASE_URL, (ctx) => run(ctx, ...args));
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    } catch (error) {
      process.exitCode = reportError(error);
    }
  };
}

const pad = (text: string, width: number) =>
  text.length >= width ? text : text + ' '.repeat(width - text.length);

function table(items: readonly Delivery[]): string {
  if (items.length === 0) {
    return 'no deliveries';
  }
  const rows = items.map((item) => [
    item.id,
    item.status,
    item.channel,
    item.endpoint ?? '-',
    item.recipient ?? '-',
    item.eventType ?? '-',
    String(item.attempts),
    item.lastError ?? (item.lastStatus === null ? '' : String(item.lastStatus)),
  ]);
  const head = ['ID', 'STATUS', 'CHANNEL', 'ENDPOINT', 'RECIPIENT', 'EVENT', 'ATTEMPTS', 'LAST'];
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  return [head, ...rows]
    .map((row) =>
      row
        .map((cell, i) => pad(cell, widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `--since 2h` or an ISO instant → the ISO instant. */
function instant(value: string, option: string, now: number): string {
  const ms = parseDuration(value);
  if (!Number.isNaN(ms)) {
    return new Date(now - ms).toISOString();
  }
  if (!Number.isNaN(Date.parse(value))) {
    return new Date(Date.parse(value)).toISOString();
  }
  throw new HandoffError('bad_request', `${option}: give a duration such as 2h or 7d, or an ISO instant`, {
    path: option.replace(/^--/, ''),
  });
}

export const deliveriesCommand: CliCommand = {
  name: 'deliveries',
  register(program: Command) {
    const deliveries = program
      .command('deliveries')
      .description('what was sent where (webhooks, Slack, e-mail); retry and replay, in DATABASE_URL');
    deliveries
      .command('list')
      .description('deliveries, newest first')
      .option('--status <status>', 'pending, delivered or dead')
      .option('--channel <channel>', 'webhook, slack or email')
      .option('--endpoint <id>', 'an integration id')
      .option('--escalation <id>', 'an escalation id')
      .option('--limit <n>', 'how many (default 50, at most 500)')
      .option('--cursor <cursor>', 'the next page, as printed by the previous one')
      .option('--json', 'JSON instead of a table')
      .action(
        action(async (ctx, options: Record<string, string | boolean | undefined>) => {
          const { json, ...filters } = options;
          const page = await listDeliveries({ ctx, input: filters });
          if (json === true) {
            return JSON.stringify(page, null, 2);
          }
          return page.nextCursor === null
            ? table(page.items)
            : `${table(page.items)}\nnext page: --cursor ${page.nextCursor}`;
        }),
      );
    deliveries
      .command('show')
      .description('one delivery and every attempt (JSON)')
      .argument('<id>', 'the delivery id (the message id)')
      .action(action(async (ctx, id: string) => JSON.stringify(await getDelivery({ ctx, id }), null, 2)));
    deliveries
      .command('retry')
      .description('try a delivered or dead delivery again now, with the same message id')
      .argument('<id>', 'the delivery id')
      .action(
        action(async (ctx, id: string) => {
          const delivery = await retryDelivery({ ctx, id });
          return `requeued ${delivery.id} (${delivery.channel} to ${delivery.endpoint ?? '-'})`;
        }),
      );
    deliveries
      .command('replay')
      .description('requeue the dead letters set aside in a time range')
      .requiredOption('--since <when>', 'start: a duration back from now (2h, 7d) or an ISO instant')
      .option('--until <when>', 'end: a duration back from now or an ISO instant (default now)')
      .option('--channel <channel>', 'only this channel')
      .option('--endpoint <id>', 'only this integration')
      .action(
        action(
          async (ctx, options: { since: string; until?: string; channel?: string; endpoint?: string }) => {
            const now = ctx.clock();
            const { replayed } = await replayDeadLetters({
              ctx,
              input: {
                from: instant(options.since, '--since', now),
                to:
                  options.until === undefined
                    ? new Date(now + 1).toISOString()
                    : instant(options.until, '--until', now),
                ...(options.channel === undefined ? {} : { channel: options.channel }),
                ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
              },
            });
            return `requeued ${replayed} dead letter${replayed === 1 ? '' : 's'}`;
          },
        ),
      );
    deliveries
      .command('endpoints')
      .description('each endpoint: failures in a row, disabled or not')
      .action(
        action(async (ctx) => {
          const items = await listDeliveryEndpoints({ ctx });
          if (items.length === 0) {
            return 'no endpoints: the active playbook has no integrations';
          }
          return items
            .map(
              (item) =>
                `${item.endpoint} (${item.channel ?? 'not in the playbook'}): ` +
                (item.disabledAt === null
                  ? `enabled, ${item.failures} failure${item.failures === 1 ? '' : 's'} in a row`
                  : `DISABLED at ${item.disabledAt}: ${item.disabledReason ?? ''}`),
            )
            .join('\n');
        }),
      );
    deliveries
      .command('enable')
      .description('enable a disabled endpoint again')
      .argument('<endpoint>', 'the integration id')
      .action(
        action(async (ctx, endpoint: string) => {
          const { requeued } = await enableDeliveryEndpoint({ ctx, endpoint });
          return `enabled ${endpoint}; requeued ${requeued} message${requeued === 1 ? '' : 's'} set aside while it was disabled`;
        }),
      );
  },
};
