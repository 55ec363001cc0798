// `handoff report`: the metrics report on the database in DATABASE_URL (default ./handoff.db), as a table,
// JSON (--json) or one CSV row per escalation (--csv FILE).
import { writeFile } from 'node:fs/promises';
import { compareWithBaseline, formatBaselineTable } from '../../../core/audit/compare-baseline.js';
import { humanDuration, percent } from '../../../core/metrics/figure-text.js';
import type { MetricsReport } from '../../../core/metrics/metrics-report.js';
import type { DurationSummary } from '../../../core/metrics/stats.js';
import { parseDuration } from '../../../core/time/duration.js';
import { HandoffError } from '../../../errors.js';
import { runAsOperator } from '../../../services/admin/admin-tasks.js';
import { getAudit } from '../../../services/audit/get-audit.js';
import { exportMetricsCsv } from '../../../services/metrics/export-metrics-csv.js';
import { getMetrics } from '../../../services/metrics/get-metrics.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

interface ReportOptions {
  since: string;
  from?: string;
  to?: string;
  groupBy?: string;
  interval: string;
  tz: string;
  json?: boolean;
  csv?: string;
  againstBaseline?: string;
}

const triple = (s: DurationSummary) =>
  `median ${humanDuration(s.median)}  p90 ${humanDuration(s.p90)}  mean ${humanDuration(s.mean)}  (n=${s.count})`;

function table(report: MetricsReport): string {
  const { headline, rates, backlog, bottlenecks } = report;
  const first = headline.timeToFirstHumanResponse;
  const lines = [
    `Escalations opened ${report.from} → ${report.to}`,
    '',
    `Time to first human response   ${triple(first)}`,
    `  in business time             median ${humanDuration(first.businessMedian)}  p90 ${humanDuration(first.businessP90)}  mean ${humanDuration(first.businessMean)}`,
    `Resolution time, escalated     ${triple(headline.resolutionTime.escalated)}`,
    `Resolution time, not escalated ${triple(headline.resolutionTime.notEscalated)}`,
    `First-contact resolution       ${percent(headline.firstContactResolution.rate)} of ${headline.firstContactResolution.count}`,
    '',
    `Escalation rate ${percent(rates.escalationRate)} of ${rates.evaluatedCases} cases  false ${percent(rates.falseEscalationRate)}  missed ${percent(rates.missedEscalationRate)} (${rates.missedEscalations})`,
    `Reroute ${percent(rates.rerouteRate)}  reopen ${percent(rates.reopenRate)}  hand-back ${percent(rates.handBackRate)}`,
    `SLA met ${
      Object.entries(report.sla)
        .map(([metric, clock]) => `${metric} ${percent(clock.rate)}`)
        .join('  ') || '-'
    }`,
    `Backlog now: ${backlog.open} open, ${backlog.unassigned} unassigned, ${backlog.breachingWithinHour} breaching within the hour, ${backlog.breached} breached`,
    `Waits longest: status ${bottlenecks.waitsLongest.status ?? '-'}, team ${bottlenecks.waitsLongest.team ?? '-'}`,
  ];
  if (report.groupBy !== null) {
    lines.push('', `By ${report.groupBy}:`);
    for (const group of report.groups) {
      lines.push(
        `  ${group.key.padEnd(20)} ${String(group.escalations).padStart(6)}  first response ${humanDuration(group.timeToFirstHumanResponse.median)}  resolution ${humanDuration(group.resolutionTime.escalated.median)}  FCR ${percent(group.firstContactResolution.rate)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export const reportCommand: CliCommand = {
  name: 'report',
  register(program) {
    program
      .command('report')
      .description('metrics over the escalations in DATABASE_URL (default ./handoff.db)')
      .option('--since <duration>', 'the range ends now and starts this long ago (7d, 24h)', '7d')
      .option('--from <instant>', 'start of the range (ISO 8601), instead of --since')
      .option('--to <instant>', 'end of the range (ISO 8601; default now)')
      .option(
        '--group-by <key>',
        'team, tier, person, trigger, priority, channel, locale or playbook_version',
      )
      .option('--interval <interval>', 'series buckets: day or hour', 'day')
      .option('--tz <zone>', 'IANA time zone of the series', 'UTC')
      .option('--json', 'print the whole report as JSON')
      .option('--csv <file>', 'write one CSV row per escalation to FILE')
      .option('--against-baseline <name>', 'before (a saved audit) and after (this range) side by side')
      .action(async (options: ReportOptions) => {
        try {
          const now = Date.now();
          const to = options.to ?? new Date(now).toISOString();
          let from = options.from;
          if (from === undefined) {
            const span = parseDuration(options.since);
            if (!Number.isFinite(span) || span <= 0) {
              throw new HandoffError(
                'bad_request',
                `--since ${options.since}: use a duration such as 7d or 24h`,
                {
                  path: 'since',
                },
              );
            }
            from = new Date(Date.parse(to) - span).toISOString();
          }
          const input = {
            from,
            to,
            interval: options.interval,
            tz: options.tz,
            ...(options.groupBy === undefined ? {} : { group_by: options.groupBy }),
          };
          const text = await runAsOperator(process.env.DATABASE_URL, async (ctx) => {
            if (options.csv !== undefined) {
              const csv = await exportMetricsCsv({ ctx, input });
              await writeFile(options.csv, csv);
              return `wrote ${csv.split('\r\n').length - 2} escalations to ${options.csv}\n`;
            }
            const report = await getMetrics({ ctx, input });
            if (options.againstBaseline !== undefined) {
              const baseline = await getAudit({ ctx, name: options.againstBaseline });
              const rows = compareWithBaseline(baseline.report, report);
              return options.json === true
                ? `${JSON.stringify({ baseline: baseline.name, rows }, null, 2)}\n`
                : formatBaselineTable(baseline.name, rows);
            }
            return options.json === true ? `${JSON.stringify(report, null, 2)}\n` : table(report);
          });
          process.stdout.write(text);
        } catch (error) {
          process.exitCode = reportError(error);
        }
      });
  },
};
