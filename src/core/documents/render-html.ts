// Writes a playbook document as one self-contained HTML page that prints well (no scripts, no fetches).
import type { PlaybookDocument, Table } from './document.js';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
body { font: 11pt/1.45 system-ui, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 1.8rem; border-bottom: 1px solid #bbb; padding-bottom: .2rem; }
.source { color: #555; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .92rem; }
th, td { border: 1px solid #999; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #eee; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
@media print { body { margin: 0; max-width: none; font-size: 9.5pt; } h2 { break-after: avoid; } @page { margin: 1.5cm; } }
`;

function table({ columns, rows }: Table): string {
  const head = columns.map((column) => `<th scope="col">${escape(column)}</th>`).join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((text) => `<td>${escape(text).replace(/\r?\n/g, '<br>')}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function renderHtml(document: PlaybookDocument): string {
  const parts: string[] = [];
  for (const block of document.blocks) {
    switch (block.kind) {
      case 'heading':
        parts.push(`<h2>${escape(block.text)}</h2>`);
        break;
      case 'paragraph':
        parts.push(`<p>${escape(block.text)}</p>`);
        break;
      case 'list':
        parts.push(`<ul>\n${block.items.map((item) => `<li>${escape(item)}</li>`).join('\n')}\n</ul>`);
        break;
      case 'table':
        parts.push(table(block.table));
        break;
    }
  }
  return `<!doctype html>
<html lang="${document.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escape(document.title)}</h1>
<p class="source">${escape(document.source)}</p>
${parts.join('\n')}
</body>
</html>
`;
}
