// How the audit's numbers read to people: durations, shares, and the rows of its tables (shared by the
// terminal, Markdown and HTML reports). Pure.
import type { DwellSummary } from '../metrics/metrics-report.js';
import { humanDuration, percent } from '../metrics/figure-text.js';
import type { AuditFigures, AuditReport, BusinessSummary } from './audit-report.js';

const count = (n: number) => n.toLocaleString('en');

const triple = (s: BusinessSummary) =>
  `median ${humanDuration(s.median)}, p90 ${humanDuration(s.p90)}, mean ${humanDuration(s.mean)} (n=${s.count})`;
const businessTriple = (s: BusinessSummary) =>
  `median ${humanDuration(s.businessMedian)}, p90 ${humanDuration(s.businessP90)}, mean ${humanDuration(s.businessMean)}`;

/** One line on what was read. */
export function inputLine(report: AuditReport): string {
  const { input, span } = report;
  return (
    `${count(input.rows)} rows read (${report.source}): ${count(input.events)} events, ${count(input.duplicates)} duplicates dropped, ` +
    `${count(input.unreadable)} unreadable; the log runs ${span.from ?? '-'} → ${span.to ?? '-'}`
  );
}

/** The headline as [measure, value] rows. */
export function headlineRows(report: AuditReport): string[][] {
  const h = report.headline;
  const business =
    report.calendar === null ? 'business time (as recorded)' : `business time (${report.calendar})`;
  return [
    ['cases', `${count(h.cases)} (${count(h.resolved)} resolved, ${count(h.open)} open)`],
    ['time to first response', triple(h.timeToFirstResponse)],
    [`  in ${business}`, businessTriple(h.timeToFirstResponse)],
    ['time to resolution', triple(h.timeToResolution)],
    [`  in ${business}`, businessTriple(h.timeToResolution)],
    [
      'first-contact resolution',
      `${percent(h.firstContactResolution.rate)} of ${count(h.firstContactResolution.count)}`,
    ],
    ['reassignment rate', percent(h.reassignmentRate)],
    ['reopen rate', percent(h.reopenRate)],
    [
      'SLA met',
      h.sla === null
        ? '- (not recorded)'
        : `${percent(h.sla.rate)} (${h.sla.met} of ${h.sla.met + h.sla.breached})`,
    ],
  ];
}

export const breakdownHead = [
  'cases',
  'resolved',
  'median resolution',
  'p90',
  'FCR',
  'reassigned',
  'reopened',
  'SLA met',
];

export function breakdownRows(list: ReadonlyArray<{ key: string } & AuditFigures>): string[][] {
  return list.map((item) => [
    item.key,
    count(item.cases),
    count(item.resolved),
    humanDuration(item.timeToResolution.median),
    humanDuration(item.timeToResolution.p90),
    percent(item.firstContactResolution.rate),
    percent(item.reassignmentRate),
    percent(item.reopenRate),
    item.sla === null ? '-' : percent(item.sla.rate),
  ]);
}

export const dwellHead = ['total', 'median', 'p90', 'cases'];

export function dwellRows<T extends DwellSummary>(
  list: readonly T[],
  nameOf: (item: T) => string,
): string[][] {
  return list.map((item) => [
    nameOf(item),
    humanDuration(item.total),
    humanDuration(item.median),
    humanDuration(item.p90),
    count(item.count),
  ]);
}

/** "Cases wait longest in …" */
export function waitsLine(report: AuditReport): string {
  const { statuses, group } = report.bottlenecks.waitsLongest;
  return `Cases wait longest (median) in ${statuses.join(', ') || '-'}; by group in ${group ?? '-'}.`;
}

/** Rows as an aligned plain table or a Markdown table. */
export function tableLines(
  head: readonly string[],
  body: readonly (readonly string[])[],
  markdown: boolean,
): string[] {
  if (markdown) {
    const cell = (text: string) => text.replaceAll('|', '\\|');
    return [
      `| ${head.map(cell).join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...body.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ];
  }
  const widths = head.map((title, i) => Math.max(title.length, ...body.map((row) => (row[i] ?? '').length)));
  return [head, ...body].map((row) =>
    row
      .map((text, i) => text.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}
