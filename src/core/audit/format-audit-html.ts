// The audit report as one self-contained HTML page: inline styles, the flows as inline SVG, nothing fetched.
import type { AuditReport } from './audit-report.js';
import {
  breakdownHead,
  breakdownRows,
  dwellHead,
  dwellRows,
  headlineRows,
  inputLine,
  waitsLine,
} from './audit-text.js';
import { escapeXml, flowSvg } from './flow-svg.js';

function table(head: readonly string[], body: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[], tag: 'td' | 'th') =>
    `<tr>${cells.map((cell) => `<${tag}>${escapeXml(cell)}</${tag}>`).join('')}</tr>`;
  return `<table><thead>${row(head, 'th')}</thead><tbody>${body.map((cells) => row(cells, 'td')).join('')}</tbody></table>`;
}

const style = `body{font:14px/1.45 system-ui,sans-serif;color:#1d2633;margin:2rem auto;max-width:1100px;padding:0 1rem}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #d8dee8;padding:.3rem .7rem;text-align:left}
th{background:#f3f6fa}.flow{overflow-x:auto;border:1px solid #d8dee8;border-radius:8px;padding:.5rem;margin-bottom:1.5rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}`;

export function formatAuditHtml(report: AuditReport): string {
  const by = (title: string, list: AuditReport['byGroup']) =>
    `<h2>By ${title}</h2>${table([title, ...breakdownHead], breakdownRows(list))}`;
  const unreadable = report.input.unreadableRows.map(
    (row) => `<li>line ${row.line}: ${escapeXml(row.message)}</li>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Audit of a ${escapeXml(report.source)} history</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${style}</style></head>
<body>
<h1>Audit of a ${escapeXml(report.source)} history</h1>
<p>${escapeXml(inputLine(report))}</p>
<h2>Baseline</h2>${table(['measure', 'value'], headlineRows(report))}
<h2>Flow between statuses</h2><div class="flow">${flowSvg(report.flow.statuses, 'Statuses: moves · median time before the move')}</div>
<h2>Flow between groups</h2><div class="flow">${flowSvg(report.flow.groups, 'Groups: reassignments · median time before the move')}</div>
<h2>Bottlenecks</h2><p>${escapeXml(waitsLine(report))}</p>
${table(
  ['status', ...dwellHead],
  dwellRows(report.bottlenecks.byStatus, (i) => i.status),
)}
${table(
  ['group', ...dwellHead],
  dwellRows(report.bottlenecks.byGroup, (i) => i.group),
)}
${by('priority', report.byPriority)}
${by('group', report.byGroup)}
${by('channel', report.byChannel)}
${unreadable.length > 0 ? `<h2>Unreadable rows</h2><ul>${unreadable.join('')}</ul>${report.input.unreadable > unreadable.length ? `<p>… and ${report.input.unreadable - unreadable.length} more</p>` : ''}` : ''}
</body></html>
`;
}
