// `handoff signals eval FILE.jsonl`: precision, recall, F1, confusion tables and misses of the text detectors on labelled lines.
import { readFileSync } from 'node:fs';
import { readTextFile } from '../../../services/playbooks/load-playbook-file.js';
import {
  type BinaryScore,
  evaluateLabelledCases,
  type LabelledReport,
  parseLabelledCases,
  type SentimentScore,
} from '../../../core/signals/labelled-cases.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

interface EvalOptions {
  json?: boolean;
  misses: string;
}

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

function humanRequestLines(report: NonNullable<LabelledReport['humanRequest']>, misses: number): string[] {
  const rows: [string, BinaryScore | undefined][] = [
    ['en', report.byLocale.en],
    ['tr', report.byLocale.tr],
    ['all', report.overall],
  ];
  const lines = [
    '## Human request',
    '',
    '| locale | cases | precision | recall | F1 | false alarms | TP | FP | FN | TN |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [locale, m] of rows) {
    if (m !== undefined) {
      lines.push(
        `| ${locale} | ${m.count} | ${percent(m.precision)} | ${percent(m.recall)} | ${percent(m.f1)} | ` +
          `${percent(m.falseAlarmRate)} | ${m.truePositives} | ${m.falsePositives} | ${m.falseNegatives} | ${m.trueNegatives} |`,
      );
    }
  }
  const o = report.overall;
  lines.push(
    '',
    '| expected \\ detected | request | no request |',
    '| --- | ---: | ---: |',
    `| request | ${o.truePositives} | ${o.falseNegatives} |`,
    `| no request | ${o.falsePositives} | ${o.trueNegatives} |`,
  );
  if (o.misses.length > 0 && misses > 0) {
    lines.push('', `Misses (${Math.min(misses, o.misses.length)} of ${o.misses.length}):`, '');
    for (const miss of o.misses.slice(0, misses)) {
      const how = miss.expected
        ? 'missed'
        : `false alarm (${miss.source ?? 'none'}, p=${miss.probability.toFixed(2)})`;
      lines.push(`- line ${miss.line}, ${how}: ${miss.text}`);
    }
  }
  return lines;
}

function sentimentLines(report: NonNullable<LabelledReport['sentiment']>, misses: number): string[] {
  const labels = ['negative', 'neutral', 'positive'] as const;
  const rows: [string, SentimentScore | undefined][] = [
    ['en', report.byLocale.en],
    ['tr', report.byLocale.tr],
    ['all', report.overall],
  ];
  const lines = [
    '## Sentiment',
    '',
    '| locale | cases | accuracy | negative P / R / F1 | neutral P / R / F1 | positive P / R / F1 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [locale, m] of rows) {
    if (m !== undefined) {
      const cell = (label: (typeof labels)[number]): string => {
        const c = m.classes[label];
        return `${percent(c.precision)} / ${percent(c.recall)} / ${percent(c.f1)}`;
      };
      lines.push(
        `| ${locale} | ${m.count} | ${percent(m.accuracy)} | ${cell('negative')} | ${cell('neutral')} | ${cell('positive')} |`,
      );
    }
  }
  const { confusion } = report.overall;
  lines.push('', '| expected \\ scored | negative | neutral | positive |', '| --- | ---: | ---: | ---: |');
  for (const expected of labels) {
    const row = confusion[expected];
    lines.push(`| ${expected} | ${row.negative} | ${row.neutral} | ${row.positive} |`);
  }
  const all = report.overall.misses;
  if (all.length > 0 && misses > 0) {
    lines.push('', `Misses (${Math.min(misses, all.length)} of ${all.length}):`, '');
    for (const miss of all.slice(0, misses)) {
      lines.push(
        `- line ${miss.line}, expected ${miss.expected}, scored ${miss.actual} (${miss.score.toFixed(2)}): ${miss.text}`,
      );
    }
  }
  return lines;
}

export const signalsCommand: CliCommand = {
  name: 'signals',
  register(program) {
    const signals = program.command('signals').description('measure the text detectors');
    signals
      .command('eval')
      .description(
        'score human-request and sentiment detection on labelled JSON Lines ({"text", "locale"?, "label": true|false|"negative"|"neutral"|"positive"}); exit 1 if a line is invalid',
      )
      .argument('<file>', 'labelled cases (JSON Lines), or - for standard input')
      .option('--json', 'print the report as JSON')
      .option('--misses <count>', 'misses to list per detector', '20')
      .action((file: string, options: EvalOptions) => {
        const source = file === '-' ? '<stdin>' : file;
        let text: string;
        try {
          text = file === '-' ? readFileSync(0, 'utf8') : readTextFile(file);
        } catch (error) {
          process.exitCode = reportError(error);
          return;
        }
        const { cases, errors } = parseLabelledCases(text);
        for (const error of errors) {
          process.stderr.write(`${source}:${error}\n`);
        }
        const report = evaluateLabelledCases(cases);
        const misses = Math.max(0, Number.parseInt(options.misses, 10) || 0);
        if (options.json === true) {
          process.stdout.write(`${JSON.stringify(report)}\n`);
        } else {
          const lines = [`# Signal detection on ${source}: ${cases.length} labelled cases`];
          if (report.humanRequest !== null) {
            lines.push('', ...humanRequestLines(report.humanRequest, misses));
          }
          if (report.sentiment !== null) {
            lines.push('', ...sentimentLines(report.sentiment, misses));
          }
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        if (errors.length > 0) {
          process.exitCode = 1;
        }
      });
  },
};
