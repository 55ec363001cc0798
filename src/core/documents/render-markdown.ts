// Writes a playbook document as Markdown (GitHub tables).
import type { PlaybookDocument, Table } from './document.js';

const cell = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

function table({ columns, rows }: Table): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(columns), `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function renderMarkdown(document: PlaybookDocument): string {
  const parts = [`# ${document.title}`, `_${document.source}_`];
  for (const block of document.blocks) {
    switch (block.kind) {
      case 'heading':
        parts.push(`## ${block.text}`);
        break;
      case 'paragraph':
        parts.push(block.text);
        break;
      case 'list':
        parts.push(block.items.map((item) => `- ${item.replace(/\r?\n/g, ' ')}`).join('\n'));
        break;
      case 'table':
        parts.push(table(block.table));
        break;
    }
  }
  return `${parts.join('\n\n')}\n`;
}
