// A drill report as Markdown (for a pull request or a ticket) or as a plain table for the terminal.
import type { DrillReport, DrillSummary, DrillVerdict } from './drill-report.js';

export type DrillFormat = 'json' | 'markdown' | 'table';

const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)} %`);
const describe = (verdict: DrillVerdict) =>
  verdict.action === 'continue'
    ? 'continue'
    : `${verdict.action} → ${verdict.route ?? '-'} (${verdict.priority ?? '-'})`;
const label = (item: { name: string; version: number | null }) =>
  item.version === null ? item.name : `${item.name} v${item.version}`;

function rows(head: readonly string[], body: readonly (readonly string[])[], markdown: boolean): string[] {
  if (markdown) {
    return [
      `| ${head.join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...body.map((row) => `| ${row.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`),
    ];
  }
  const widths = head.map((title, i) => Math.max(title.length, ...body.map((row) => (row[i] ?? '').length)));
  return [head, ...body].map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

function counts(title: string, record: Record<string, number>, total: number, markdown: boolean): string[] {
  const entries = Object.entries(record);
  if (entries.length === 0) {
    return [];
  }
  return [
    '',
    ...(markdown ? [`### ${title}`, ''] : [title.toUpperCase()]),
    ...rows(
      [title.replace(/^by /, ''), 'cases', 'share'],
      entries.map(([key, count]) => [key, String(count), percent(total === 0 ? 0 : count / total)]),
      markdown,
    ),
  ];
}

function summaryLines(summary: DrillSummary, markdown: boolean): string[] {
  const { outcomes } = summary;
  return [
    ...rows(
      ['measure', 'value'],
      [
        ['cases', String(summary.cases)],
        ['decided', String(summary.decided)],
        ['continue', String(summary.actions.continue)],
        ['escalate', String(summary.actions.escalate)],
        ['require_approval', String(summary.actions.require_approval)],
        ['escalation rate', percent(summary.escalationRate)],
        ['with a known outcome', String(outcomes.known)],
        [
          'missed (kept, needed a person)',
          `${outcomes.missed.count} (${percent(outcomes.missed.rate)} of kept)`,
        ],
        [
          'needless (handed over, not needed)',
          `${outcomes.needless.count} (${percent(outcomes.needless.rate)} of handed over)`,
        ],
      ],
      markdown,
    ),
    ...counts('by trigger', summary.byTrigger, summary.decided, markdown),
    ...counts('by route', summary.byRoute, summary.decided, markdown),
    ...counts('by priority', summary.byPriority, summary.decided, markdown),
  ];
}

/** The report in `format`; JSON is the report itself. */
export function formatDrill(report: DrillReport, format: DrillFormat): string {
  if (format === 'json') {
    return JSON.stringify(report, null, 2);
  }
  const markdown = format === 'markdown';
  const heading = (text: string) => (markdown ? `## ${text}` : text);
  const lines = [
    heading(`Drill of ${label(report.playbook)}`),
    '',
    ...summaryLines(report.summary, markdown),
  ];
  const examples = [
    ...report.summary.outcomes.missed.examples.map((e) => [e.id, String(e.line), 'missed', e.outcome ?? '-']),
    ...report.summary.outcomes.needless.examples.map((e) => [
      e.id,
      String(e.line),
      'needless',
      e.outcome ?? '-',
    ]),
  ];
  if (examples.length > 0) {
    lines.push(
      '',
      heading('Against the outcomes'),
      '',
      ...rows(['case', 'line', 'kind', 'outcome'], examples, markdown),
    );
  }
  const { diff, against } = report;
  if (diff !== null && against !== null) {
    lines.push(
      '',
      heading(`Against ${label(against)}`),
      '',
      ...rows(
        ['measure', 'value'],
        [
          ['compared', String(diff.compared)],
          ['changed', String(diff.changed)],
          ['action changed', String(diff.action)],
          ['route changed', String(diff.route)],
          ['priority changed', String(diff.priority)],
          [
            'escalation rate',
            `${percent(diff.before.escalationRate)} → ${percent(report.summary.escalationRate)}`,
          ],
          ...Object.entries(diff.actionChanges).map(([change, count]) => [change, String(count)]),
        ],
        markdown,
      ),
    );
    if (diff.examples.length > 0) {
      lines.push(
        '',
        ...rows(
          ['case', 'line', 'changed', 'before', 'after'],
          diff.examples.map((e) => [
            e.id,
            String(e.line),
            e.changed.join(', '),
            describe(e.before),
            describe(e.after),
          ]),
          markdown,
        ),
      );
    }
  }
  if (report.failures.count > 0) {
    lines.push(
      '',
      heading(`${report.failures.count} case(s) could not be decided`),
      '',
      ...report.failures.first.map(
        (failure) => `${markdown ? '- ' : ''}line ${failure.line}: ${failure.message}`,
      ),
    );
  }
  return lines.join('\n');
}
