// The audit report as a terminal table or as Markdown (with the flows as Mermaid text). Pure.
import type { AuditReport } from './audit-report.js';
import {
  breakdownHead,
  breakdownRows,
  dwellHead,
  dwellRows,
  headlineRows,
  inputLine,
  tableLines,
  waitsLine,
} from './audit-text.js';
import { flowMermaid } from './flow-mermaid.js';

function unreadableLines(report: AuditReport): string[] {
  const { unreadableRows, unreadable } = report.input;
  const lines = unreadableRows.map((row) => `line ${row.line}: ${row.message}`);
  if (unreadable > unreadableRows.length) {
    lines.push(`… and ${unreadable - unreadableRows.length} more`);
  }
  return lines;
}

function sections(report: AuditReport, markdown: boolean): Array<{ title: string; lines: string[] }> {
  const by = (title: string, list: AuditReport['byGroup']) => ({
    title: `By ${title}`,
    lines: tableLines([title, ...breakdownHead], breakdownRows(list), markdown),
  });
  return [
    { title: 'Baseline', lines: tableLines(['measure', 'value'], headlineRows(report), markdown) },
    by('priority', report.byPriority),
    by('group', report.byGroup),
    by('channel', report.byChannel),
    {
      title: 'Bottlenecks',
      lines: [
        waitsLine(report),
        '',
        ...tableLines(
          ['status', ...dwellHead],
          dwellRows(report.bottlenecks.byStatus, (i) => i.status),
          markdown,
        ),
        '',
        ...tableLines(
          ['group', ...dwellHead],
          dwellRows(report.bottlenecks.byGroup, (i) => i.group),
          markdown,
        ),
      ],
    },
  ];
}

export function formatAuditTable(report: AuditReport): string {
  const lines = [inputLine(report)];
  for (const section of sections(report, false)) {
    lines.push('', section.title.toUpperCase(), ...section.lines);
  }
  const moves = report.flow.statuses.edges
    .slice(0, 15)
    .map((edge) => [edge.from, edge.to, String(edge.count)]);
  lines.push('', 'MOST COMMON MOVES', ...tableLines(['from', 'to', 'cases'], moves, false));
  const unreadable = unreadableLines(report);
  if (unreadable.length > 0) {
    lines.push('', 'UNREADABLE ROWS', ...unreadable);
  }
  return `${lines.join('\n')}\n`;
}

export function formatAuditMarkdown(report: AuditReport): string {
  const lines = [`# Audit of a ${report.source} history`, '', inputLine(report)];
  for (const section of sections(report, true)) {
    lines.push('', `## ${section.title}`, '', ...section.lines);
  }
  lines.push(
    '',
    '## Flow between statuses',
    '',
    '```mermaid',
    flowMermaid(report.flow.statuses, 's'),
    '```',
    '',
    '## Flow between groups',
    '',
    '```mermaid',
    flowMermaid(report.flow.groups, 'g'),
    '```',
  );
  const unreadable = unreadableLines(report);
  if (unreadable.length > 0) {
    lines.push('', '## Unreadable rows', '', ...unreadable.map((line) => `- ${line}`));
  }
  return `${lines.join('\n')}\n`;
}
