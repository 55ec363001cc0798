// `HANDOFF_DRILL_TIMELINE=1 handoff drill …`: when each phase of a drill ended, in ms since the process started,
// one line per phase on standard error (`drill-timeline main read 412.3`), worker threads included. Off by default.
import { performance } from 'node:perf_hooks';
import { isMainThread, threadId } from 'node:worker_threads';

const on = process.env.HANDOFF_DRILL_TIMELINE === '1';
const clock = () => performance.timeOrigin + performance.now();
// Every thread's uptime is the process's.
const processStart = clock() - process.uptime() * 1000;

/** Notes that a phase ended (only when HANDOFF_DRILL_TIMELINE=1). */
export function markDrill(phase: string): void {
  if (on) {
    const thread = isMainThread ? 'main' : `worker${threadId}`;
    process.stderr.write(`drill-timeline ${thread} ${phase} ${(clock() - processStart).toFixed(1)}\n`);
  }
}
