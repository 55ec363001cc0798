// The flow as Mermaid text (a flowchart a Markdown viewer draws): nodes with their case counts, moves with
// counts and median times. Pure.
import type { Flow } from './audit-report.js';
import { humanDuration } from '../metrics/figure-text.js';

const label = (text: string) =>
  text.replace(/["<>]/g, (c) => (c === '"' ? '#quot;' : c === '<' ? '#lt;' : '#gt;'));

export function flowMermaid(flow: Flow, prefix: string): string {
  const ids = new Map(flow.nodes.map((node, index) => [node.name, `${prefix}${index}`]));
  const lines = ['flowchart LR'];
  for (const node of flow.nodes) {
    lines.push(`  ${ids.get(node.name) ?? ''}["${label(node.name)}<br/>${node.cases} cases"]`);
  }
  for (const edge of flow.edges) {
    lines.push(
      `  ${ids.get(edge.from) ?? ''} -->|"${edge.count} · ${humanDuration(edge.median)}"| ${ids.get(edge.to) ?? ''}`,
    );
  }
  return lines.join('\n');
}
