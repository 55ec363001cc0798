// One thread's part of a drill on threads, driven message by message over a port as the calling thread drives it:
// its lines and keys reported, work done in the order sent, the totals posted at the end, and an error thrown while
// deciding reported through the port rather than lost in a later turn of the event loop.
import { describe, expect, test } from 'vitest';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import {
  type DrillPort,
  type DrillWorkerLines,
  type DrillWorkerMessage,
  type DrillWorkerStart,
  type DrillWorkerWork,
  drillOnPort,
} from '../src/services/drills/drill-worker.js';
import { templateText } from '../src/services/playbooks/templates.js';

const playbook = parsePlaybook(templateText('customer-support'), 'customer-support');

const cases = [
  { id: 'a', customer: { id: 'C-1' }, conversation: [{ role: 'customer', text: 'where is my order' }] },
  { id: 'b', customer: { id: 'C-2' }, conversation: [{ role: 'customer', text: 'let me talk to a person' }] },
  { id: 'c', customer: { id: 'C-1' }, conversation: [{ role: 'customer', text: 'still waiting' }] },
];

/** A part on a fake port: what it posted, what it failed with, and a way to send it a message. */
function startPart() {
  const text = `${cases.map((value) => JSON.stringify(value)).join('\n')}\n`;
  const input = new SharedArrayBuffer(Buffer.byteLength(text));
  Buffer.from(input).write(text);
  const posted: DrillWorkerMessage[] = [];
  const failures: unknown[] = [];
  let onWork: ((message: DrillWorkerWork) => void) | undefined;
  let onStart: ((start: DrillWorkerStart) => void) | undefined;
  const port: DrillPort = {
    postMessage: (message) => posted.push(message),
    on: (_event, listener) => (onWork = listener),
    once: (_event, listener) => (onStart = listener),
    fail: (error) => failures.push(error),
  };
  drillOnPort(port);
  onStart?.({
    type: 'start',
    version: { name: 'candidate', version: null, playbook },
    against: null,
    now: Date.parse('2026-12-01T00:00:00Z'),
    input,
    range: { start: 0, end: input.byteLength, firstLine: 1 },
    keyPaths: ['customer.id'],
    progressEvery: 0,
  });
  const lines = posted.find((message): message is DrillWorkerLines => message.type === 'lines');
  return { posted, failures, lines, send: (work: DrillWorkerWork) => onWork?.(work) };
}

/** Lets the part's later turns (it decides a slice at a time) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a drill part', () => {
  test('reports its lines and keys, decides its untied cases, then a chunk, then posts its totals', async () => {
    const part = startPart();
    expect(part.lines?.lines).toEqual(Int32Array.from([1, 2, 3]));
    expect(part.lines?.keyCounts).toEqual(Uint32Array.from([1, 1, 1]));
    const [c1, c2, c1again] = part.lines?.keys ?? [];
    expect(c1again).toBe(c1);
    expect(c2).not.toBe(c1);
    // C-1 is read by another thread too: cases 1 and 3 wait for a chunk; case 2 is decided at once.
    part.send({ type: 'shared', keys: Int32Array.from([c1 ?? 0]) });
    await settle();
    expect(part.posted.filter((message) => message.type === 'ready')).toHaveLength(1);
    const at = (line: number) => part.lines?.starts[line - 1] ?? 0;
    const end = (line: number) => part.lines?.ends[line - 1] ?? 0;
    part.send({
      type: 'chunk',
      lines: Int32Array.from([1, 3]),
      starts: Float64Array.from([at(1), at(3)]),
      ends: Float64Array.from([end(1), end(3)]),
    });
    part.send({ type: 'finish' });
    await settle();
    const done = part.posted.find((message) => message.type === 'done');
    expect(done?.type === 'done' ? done.part.done : -1).toBe(3);
    expect(part.failures).toEqual([]);
  });

  test('an error thrown while deciding a chunk is reported through the port, and nothing more is decided', async () => {
    const part = startPart();
    part.send({ type: 'shared', keys: Int32Array.from(part.lines?.keys ?? []) });
    await settle();
    // A chunk whose byte offsets are missing: reading its first case throws.
    part.send({
      type: 'chunk',
      lines: Int32Array.from([1]),
      starts: undefined as unknown as Float64Array,
      ends: undefined as unknown as Float64Array,
    });
    await settle();
    expect(part.failures).toHaveLength(1);
    expect(part.failures[0]).toBeInstanceOf(TypeError);
    expect(part.posted.some((message) => message.type === 'done')).toBe(false);
  });
});
