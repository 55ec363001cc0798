// The flow drawn as an inline SVG: statuses (or groups) as boxes in columns by how far from the start cases
// reach them, moves as arrows whose width follows their count, labelled with count and median time. Pure.
import type { Flow } from './audit-report.js';
import { humanDuration } from '../metrics/figure-text.js';

const MAX_NODES = 24;
const MAX_EDGES = 40;
const NODE_W = 160;
const NODE_H = 46;
const COL_GAP = 110;
const ROW_GAP = 40;
const PAD = 30;

export const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function ranks(flow: Flow, names: ReadonlySet<string>): Map<string, number> {
  const rank = new Map<string, number>();
  const starts = flow.nodes.filter((node) => node.entries > 0 && names.has(node.name));
  let frontier = starts.sort((a, b) => b.entries - a.entries).map((node) => node.name);
  frontier.forEach((name) => rank.set(name, 0));
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const edge of flow.edges) {
      if (frontier.includes(edge.from) && names.has(edge.to) && !rank.has(edge.to)) {
        rank.set(edge.to, (rank.get(edge.from) ?? 0) + 1);
        next.push(edge.to);
      }
    }
    frontier = next;
  }
  const last = Math.max(-1, ...rank.values()) + 1;
  for (const name of names) {
    if (!rank.has(name)) {
      rank.set(name, last);
    }
  }
  return rank;
}

/** The SVG element (no XML prolog), sized to fit; a short note when nothing moved. */
export function flowSvg(flow: Flow, title: string): string {
  const nodes = flow.nodes.slice(0, MAX_NODES);
  const names = new Set(nodes.map((node) => node.name));
  const edges = flow.edges.filter((edge) => names.has(edge.from) && names.has(edge.to)).slice(0, MAX_EDGES);
  const rank = ranks({ nodes, edges }, names);
  const columns = new Map<number, string[]>();
  for (const node of nodes) {
    const r = rank.get(node.name) ?? 0;
    columns.set(r, [...(columns.get(r) ?? []), node.name]);
  }
  const place = new Map<string, { x: number; y: number }>();
  for (const [r, column] of columns) {
    column.forEach((name, i) =>
      place.set(name, { x: PAD + r * (NODE_W + COL_GAP), y: PAD + 20 + i * (NODE_H + ROW_GAP) }),
    );
  }
  const width = PAD * 2 + Math.max(1, columns.size) * (NODE_W + COL_GAP);
  const tallest = Math.max(1, ...[...columns.values()].map((column) => column.length));
  const height = PAD * 2 + 80 + tallest * (NODE_H + ROW_GAP);
  const most = Math.max(1, ...edges.map((edge) => edge.count));
  const parts: string[] = [];
  for (const edge of edges) {
    const a = place.get(edge.from);
    const b = place.get(edge.to);
    if (a === undefined || b === undefined) {
      continue;
    }
    const stroke = (1 + (5 * edge.count) / most).toFixed(1);
    const isForward = b.x > a.x;
    const [x1, y1, x2, y2] = isForward
      ? [a.x + NODE_W, a.y + NODE_H / 2, b.x, b.y + NODE_H / 2]
      : [a.x + NODE_W / 2 + 10, a.y + NODE_H, b.x + NODE_W / 2 - 10, b.y + NODE_H];
    const bend = isForward ? 0 : 50 + Math.abs(x1 - x2) / 6;
    const [c1x, c1y, c2x, c2y] = isForward
      ? [x1 + COL_GAP / 2, y1, x2 - COL_GAP / 2, y2]
      : [x1, Math.max(y1, y2) + bend, x2, Math.max(y1, y2) + bend];
    const midX = (x1 + x2) / 2;
    const midY = isForward ? (y1 + y2) / 2 - 6 : Math.max(y1, y2) + bend * 0.75;
    parts.push(
      `<path d="M${x1},${y1} C${c1x},${c1y} ${c2x},${c2y} ${x2},${y2}" fill="none" stroke="#6b7a90" stroke-opacity="0.7" stroke-width="${stroke}" marker-end="url(#arrow)"><title>${escapeXml(`${edge.from} → ${edge.to}: ${edge.count} moves, median ${humanDuration(edge.median)}`)}</title></path>`,
      `<text x="${midX}" y="${midY}" class="edge">${edge.count} · ${escapeXml(humanDuration(edge.median))}</text>`,
    );
  }
  for (const node of nodes) {
    const at = place.get(node.name);
    if (at === undefined) {
      continue;
    }
    parts.push(
      `<g><rect x="${at.x}" y="${at.y}" width="${NODE_W}" height="${NODE_H}" rx="8" fill="#eef3fb" stroke="#3b5b8c"/>` +
        `<text x="${at.x + NODE_W / 2}" y="${at.y + 19}" class="name">${escapeXml(node.name.length > 22 ? `${node.name.slice(0, 21)}…` : node.name)}</text>` +
        `<text x="${at.x + NODE_W / 2}" y="${at.y + 36}" class="count">${node.cases} cases · ${node.endedHere} end here</text>` +
        `<title>${escapeXml(node.name)}</title></g>`,
    );
  }
  const hidden = flow.nodes.length - nodes.length + (flow.edges.length - edges.length);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7a90"/></marker></defs>',
    '<style>text{font:12px system-ui,sans-serif;text-anchor:middle;fill:#1d2633}.name{font-weight:600}.count{fill:#4a5668;font-size:11px}.edge{fill:#33415c;font-size:11px}</style>',
    `<text x="${PAD}" y="${PAD - 8}" style="text-anchor:start;font-weight:600">${escapeXml(title)}${hidden > 0 ? ` (the ${hidden} least common nodes and moves left out)` : ''}</text>`,
    ...(nodes.length === 0
      ? [`<text x="${PAD}" y="${PAD + 30}" style="text-anchor:start">no moves recorded</text>`]
      : parts),
    '</svg>',
  ].join('\n');
}
