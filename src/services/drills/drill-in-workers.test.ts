// drillInWorkers with one of its threads failing: the drill rejects with that thread's error and stops the others,
// whether the thread fails while deciding or stops without a word.
import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { templateText } from '../playbooks/templates.js';
import { type DrillThread, inThreadDrill } from './drill-in-thread.js';
import { drillInWorkers } from './drill-in-workers.js';
import { drillVersionOf } from './drill-version.js';

const version = drillVersionOf(templateText('customer-support'), 'template:customer-support');
const bytes = Buffer.from(
  Array.from({ length: 3_000 }, (_, n) =>
    JSON.stringify({
      id: `case-${n}`,
      customer: { id: `C-${n % 700}` },
      conversation: [{ role: 'customer', text: 'where is my order' }],
    }),
  ).join('\n'),
);

/** A thread that, once sent its start, fails as `fail` says; it records being stopped. */
function failingThread(fail: (events: EventEmitter) => void) {
  const events = new EventEmitter();
  const thread = {
    stopped: false,
    postMessage: (message: unknown) => {
      if ((message as { type?: string }).type === 'start') {
        setImmediate(() => fail(events));
      }
    },
    on: (event: string, listener: (...values: unknown[]) => void) => events.on(event, listener),
    terminate: () => {
      thread.stopped = true;
    },
  };
  return thread;
}

/** The drill on two threads: `failing`, and the calling thread's own part. */
const drillBeside = (failing: ReturnType<typeof failingThread>) =>
  drillInWorkers({
    bytes,
    version,
    against: null,
    now: Date.parse('2026-12-01T00:00:00Z'),
    threads: 2,
    workers: [failing as unknown as DrillThread, inThreadDrill()],
  });

describe('drillInWorkers when a thread fails', () => {
  test('an error from a thread rejects the drill with it, and the other threads are stopped', async () => {
    const failing = failingThread((events) => events.emit('error', new Error('disk on fire')));
    await expect(drillBeside(failing)).rejects.toThrow('disk on fire');
    expect(failing.stopped).toBe(true);
  });

  test('a thread that exits before deciding its cases rejects the drill', async () => {
    const failing = failingThread((events) => events.emit('exit', 1));
    await expect(drillBeside(failing)).rejects.toThrow(
      'a drill worker stopped (exit code 1) before deciding its cases',
    );
  });
});
