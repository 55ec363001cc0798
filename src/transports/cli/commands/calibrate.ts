// `handoff calibrate [--since 90d] [--write FILE] [--json]`: confidence thresholds tuned from outcomes, on the
// database in DATABASE_URL; the playbook change they call for printed or written as YAML to save as a new version.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CalibrationGroup } from '../../../core/calibration/calibrate.js';
import { parseDuration } from '../../../core/time/duration.js';
import { HandoffError } from '../../../errors.js';
import { runAsOperator } from '../../../services/admin/admin-tasks.js';
import {
  type CalibrationResult,
  calibrateThresholds,
} from '../../../services/calibration/calibrate-thresholds.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

interface CalibrateOptions {
  since?: string;
  from?: string;
  to?: string;
  write?: string;
  json?: boolean;
}

const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)} %`);
const threshold = (value: number | null) => (value === null ? '-' : value.toFixed(2));

function table(result: CalibrationResult): string {
  const head = [
    'RISK',
    'TASK',
    'SAMPLES',
    'MISSES',
    'NOW',
    'PROPOSED',
    'COVERAGE',
    'MISS RATE',
    'BOUND',
    'TARGET',
    'STATUS',
  ];
  const rows = result.groups.map((g: CalibrationGroup) => [
    g.risk,
    g.taskType ?? '(level)',
    String(g.samples),
    String(g.misses),
    threshold(g.currentThreshold),
    threshold(g.threshold),
    percent(g.coverage),
    percent(g.missRate),
    percent(g.missRateBound),
    percent(g.target),
    g.status,
  ]);
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const lines = [head, ...rows].map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  return [
    `playbook v${result.playbookVersion}, ${result.conversations} conversations from ${result.from} to ${result.to}`,
    '',
    ...(result.groups.length === 0 ? ['no evaluations in this range'] : lines),
    '',
    ...result.groups.map((g) => `${g.risk}/${g.taskType ?? '(level)'}: ${g.message}`),
    '',
    result.changes.length === 0
      ? 'no threshold change is proposed'
      : `proposed: ${result.changes.map((c) => `${c.path} ${threshold(c.from)} → ${threshold(c.to)}`).join(', ')}`,
  ].join('\n');
}

function range(options: CalibrateOptions, now: number): { from?: string; to?: string } {
  if (options.since !== undefined) {
    const ms = parseDuration(options.since);
    if (Number.isNaN(ms)) {
      throw new HandoffError('bad_request', '--since: give a duration such as 30d or 12h', { path: 'since' });
    }
    return { from: new Date(now - ms).toISOString() };
  }
  return {
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  };
}

export const calibrateCommand: CliCommand = {
  name: 'calibrate',
  register(program: Command) {
    program
      .command('calibrate')
      .description(
        'per task type and risk level, the lowest confidence threshold whose miss rate stays under the target ' +
          'with 95 % confidence, from the outcomes in DATABASE_URL',
      )
      .option('--since <duration>', 'the evaluations of this last stretch (default 90d)')
      .option('--from <instant>', 'ISO instant to start at')
      .option('--to <instant>', 'ISO instant to end at')
      .option('--write <file>', 'write the active playbook with the proposed thresholds to FILE')
      .option('--json', 'JSON instead of a table')
      .action(async (options: CalibrateOptions) => {
        try {
          const result = await runAsOperator(process.env.DATABASE_URL, (ctx) =>
            calibrateThresholds({ ctx, input: range(options, ctx.clock()) }),
          );
          if (options.write !== undefined) {
            if (result.proposedYaml === null) {
              process.stderr.write(`no threshold change is proposed: ${options.write} not written\n`);
            } else {
              writeFileSync(options.write, result.proposedYaml);
              process.stderr.write(
                `wrote ${options.write}: save it as a new version with PUT /v1/playbook (or serve --playbook)\n`,
              );
            }
          }
          process.stdout.write(
            `${options.json === true ? JSON.stringify(result, null, 2) : table(result)}\n`,
          );
        } catch (error) {
          process.exitCode = reportError(error);
        }
      });
  },
};
