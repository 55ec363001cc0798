// The flow of cases through statuses (or groups): nodes with how many cases passed, started and ended there,
// and moves with counts and median times. Pure.
import { percentileOfSorted } from '../metrics/stats.js';
import type { Flow, FlowNode } from './audit-report.js';
import type { Move } from './close-case.js';

export interface FlowBuilder {
  add(visited: ReadonlySet<string>, first: string | null, last: string | null, moves: readonly Move[]): void;
  build(): Flow;
}

export function makeFlowBuilder(): FlowBuilder {
  const nodes = new Map<string, FlowNode>();
  const edges = new Map<string, { from: string; to: string; times: number[] }>();
  const node = (name: string): FlowNode => {
    let found = nodes.get(name);
    if (found === undefined) {
      found = { name, cases: 0, entries: 0, endedHere: 0 };
      nodes.set(name, found);
    }
    return found;
  };
  return {
    add(visited, first, last, moves) {
      for (const name of visited) {
        node(name).cases += 1;
      }
      if (first !== null) {
        node(first).entries += 1;
      }
      if (last !== null) {
        node(last).endedHere += 1;
      }
      for (const move of moves) {
        const key = `${move.from}\u0000${move.to}`;
        let edge = edges.get(key);
        if (edge === undefined) {
          edge = { from: move.from, to: move.to, times: [] };
          edges.set(key, edge);
        }
        edge.times.push(Math.max(0, move.ms));
      }
    },
    build() {
      return {
        nodes: [...nodes.values()].sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name)),
        edges: [...edges.values()]
          .map(({ from, to, times }) => ({
            from,
            to,
            count: times.length,
            median: percentileOfSorted(Float64Array.from(times).sort(), 50),
          }))
          .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
      };
    },
  };
}
