// `handoff shadow set VERSION | clear | report | promote`: a candidate playbook version deciding beside the active
// one, on the database in DATABASE_URL.
import type { Command } from 'commander';
import type { Context } from '../../../context.js';
import { parseDuration } from '../../../core/time/duration.js';
import { HandoffError } from '../../../errors.js';
import { runAsOperator } from '../../../services/admin/admin-tasks.js';
import {
  clearShadow,
  getShadowReport,
  promoteShadow,
  type ShadowReport,
  setShadow,
} from '../../../services/playbooks/shadow-versions.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

function action<A extends unknown[]>(run: (ctx: Context, ...args: A) => Promise<string>) {
  return async (...args: A) => {
    try {
      const text = await runAsOperator(process.env.DATABASE_URL, (ctx) => run(ctx, ...args));
      process.stdout.write(`${text}\n`);
    } catch (error) {
      process.exitCode = reportError(error);
    }
  };
}

const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)} %`);
const verdict = (side: { action: string; route: string | null; priority: string | null }) =>
  side.action === 'continue' ? 'continue' : `${side.action} → ${side.route ?? '-'} (${side.priority ?? '-'})`;

function describeReport(report: ShadowReport): string {
  return [
    `shadow v${report.candidateVersion} from ${report.from} to ${report.to}`,
    `evaluations       ${report.evaluations}`,
    `disagreements     ${report.disagreements} (action ${report.action}, route ${report.route}, priority ${report.priority})`,
    `escalation rate   active ${percent(report.escalationRate.active)}, candidate ${percent(report.escalationRate.candidate)}`,
    ...Object.entries(report.actionChanges).map(([change, count]) => `  ${change}  ${count}`),
    ...(report.examples.length === 0 ? [] : ['', 'latest disagreements:']),
    ...report.examples.map(
      (e) =>
        `  ${e.at}  ${e.caseId}${e.turn === null ? '' : `#${e.turn}`}  ${verdict(e.active)}  ⇢  ${verdict(e.candidate)}`,
    ),
  ].join('\n');
}

export const shadowCommand: CliCommand = {
  name: 'shadow',
  register(program: Command) {
    const shadow = program
      .command('shadow')
      .description('run a candidate playbook version beside the active one, never acted on (DATABASE_URL)');
    shadow
      .command('set')
      .description('run a stored version in shadow')
      .argument('<version>', 'the version number')
      .action(
        action(async (ctx, version: string) => {
          const set = await setShadow({
            ctx,
            input: { version: /^\d+$/.test(version) ? Number(version) : version },
          });
          return `v${set.version ?? '-'} runs in shadow beside the active v${set.active ?? '-'}`;
        }),
      );
    shadow
      .command('clear')
      .description('stop running a version in shadow')
      .action(
        action(async (ctx) => {
          await clearShadow({ ctx });
          return 'no version runs in shadow';
        }),
      );
    shadow
      .command('report')
      .description('where the shadow version and the active one disagree')
      .option('--since <duration>', 'the last stretch to report on (default 7d)')
      .option('--version <n>', 'a candidate version other than the one in shadow now')
      .option('--json', 'JSON instead of text')
      .action(
        action(async (ctx, options: { since?: string; version?: string; json?: boolean }) => {
          const input: Record<string, unknown> = {};
          if (options.since !== undefined) {
            const ms = parseDuration(options.since);
            if (Number.isNaN(ms)) {
              throw new HandoffError('bad_request', '--since: give a duration such as 7d or 12h', {
                path: 'since',
              });
            }
            input.from = new Date(ctx.clock() - ms).toISOString();
          }
          if (options.version !== undefined) {
            input.version = options.version;
          }
          const report = await getShadowReport({ ctx, input });
          return options.json === true ? JSON.stringify(report, null, 2) : describeReport(report);
        }),
      );
    shadow
      .command('promote')
      .description('activate the shadow version and stop shadowing')
      .action(
        action(async (ctx) => {
          const promoted = await promoteShadow({ ctx });
          return `v${promoted.active ?? '-'} is active; no version runs in shadow`;
        }),
      );
  },
};
