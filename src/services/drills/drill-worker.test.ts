// One thread's part of a drill on threads, driven message by message over a port as the calling thread drives it:
// its lines and keys reported, work done in the order sent, the totals posted at the end, and an error thrown while
// deciding reported through the port rather than lost in a later turn of the event loop.
import { describe, expect, test } from 'vitest';
import { compilePlaybook } from '../../core/decide/compile-playbook.js';
import { drillCounterStore, type DrillVersion } from '../../core/drills/run-drill.js';
import type { Playbook } from '../../core/playbook/schema.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import {
  type DrillPort,
  type DrillWorkerLines,
  type DrillWorkerMessage,
  type DrillWorkerStart,
  type DrillWorkerWork,
  drillOnPort,
} from './drill-worker.js';
import { templateText } from '../playbooks/templates.js';

const playbook = parsePlaybook(templateText('customer-support'), 'customer-support');
// Another version, which decides these cases otherwise.
const other = parsePlaybook(templateText('it-service-management'), 'it-service-management');

// More cases than a part decides in one slice (500), so its work goes on in later turns of the event loop. Customer
// C-1 writes first and last; everyone else once.
const cases = Array.from({ length: 1_200 }, (_, n) => ({
  id: `case-${n}`,
  customer: { id: n === 0 || n === 1_199 ? 'C-1' : `C-${n + 1}` },
  conversation: [{ role: 'customer', text: n % 3 === 0 ? 'let me talk to a person' : 'where is my order' }],
}));

/** A part on a fake port: what it posted, what it failed with, a way to send it a message and to await a post. */
function startPart(
  options: { playbook?: Playbook; versions?: { version: DrillVersion; against: DrillVersion | null } } = {},
) {
  const text = `${cases.map((value) => JSON.stringify(value)).join('\n')}\n`;
  const input = new SharedArrayBuffer(Buffer.byteLength(text));
  Buffer.from(input).write(text);
  const posted: DrillWorkerMessage[] = [];
  const failures: unknown[] = [];
  const waiting: Array<() => void> = [];
  const wake = () => waiting.splice(0).forEach((resolve) => resolve());
  let onWork: ((message: DrillWorkerWork) => void) | undefined;
  let onStart: ((start: DrillWorkerStart) => void) | undefined;
  const port: DrillPort = {
    postMessage: (message) => {
      posted.push(message);
      wake();
    },
    on: (_event, listener) => (onWork = listener),
    once: (_event, listener) => (onStart = listener),
    fail: (error) => {
      failures.push(error);
      wake();
    },
    ...(options.versions === undefined ? {} : { versions: () => options.versions }),
  };
  drillOnPort(port);
  onStart?.({
    type: 'start',
    version: { name: 'candidate', version: null, playbook: options.playbook ?? playbook },
    against: null,
    now: Date.parse('2026-12-01T00:00:00Z'),
    input,
    range: { start: 0, end: input.byteLength, firstLine: 1 },
    keyPaths: ['customer.id'],
    progressEvery: 0,
  });
  const lines = posted.find((message): message is DrillWorkerLines => message.type === 'lines');
  /** Resolves once `seen` holds: checked after each post or failure, never by the clock. */
  const until = async (seen: () => boolean): Promise<void> => {
    while (!seen()) {
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  return { posted, failures, lines, until, send: (work: DrillWorkerWork) => onWork?.(work) };
}

const count = (posted: readonly DrillWorkerMessage[], type: DrillWorkerMessage['type']) =>
  posted.filter((message) => message.type === type).length;

describe('a drill part', () => {
  test('reports its lines and keys, decides its untied cases, then a chunk, then posts its totals', async () => {
    const part = startPart();
    expect(part.lines?.lines.length).toBe(1_200);
    expect(part.lines?.keyCounts.every((keys) => keys === 1)).toBe(true);
    const keys = part.lines?.keys ?? new Int32Array();
    expect(keys[1_199]).toBe(keys[0]);
    expect(new Set(keys).size).toBe(1_199);
    // C-1 is read by another thread too: its two cases wait for a chunk; the other 1,198 are decided at once.
    part.send({ type: 'shared', keys: Int32Array.from([keys[0] ?? 0]) });
    expect(count(part.posted, 'ready')).toBe(0);
    await part.until(() => count(part.posted, 'ready') === 1);
    const where = (line: number) => ({
      start: part.lines?.starts[line - 1] ?? 0,
      end: part.lines?.ends[line - 1] ?? 0,
    });
    part.send({
      type: 'chunk',
      lines: Int32Array.from([1, 1_200]),
      starts: Float64Array.from([where(1).start, where(1_200).start]),
      ends: Float64Array.from([where(1).end, where(1_200).end]),
    });
    part.send({ type: 'finish' });
    await part.until(() => count(part.posted, 'done') === 1);
    const done = part.posted.find((message) => message.type === 'done');
    expect(done?.type === 'done' ? done.part.done : -1).toBe(1_200);
    expect(count(part.posted, 'ready')).toBe(2);
    expect(part.failures).toEqual([]);
  });

  test('an error thrown while deciding, in a later turn, is reported through the port, and nothing more is decided', async () => {
    const part = startPart();
    part.send({ type: 'shared', keys: Int32Array.from([part.lines?.keys[0] ?? 0]) });
    // A chunk whose byte offsets are missing, queued behind the untied cases (more than one slice): reading its
    // first case throws in a later turn, not in this call.
    part.send({
      type: 'chunk',
      lines: Int32Array.from([1]),
      starts: undefined as unknown as Float64Array,
      ends: undefined as unknown as Float64Array,
    });
    expect(part.failures).toEqual([]);
    await part.until(() => part.failures.length === 1);
    expect(part.failures[0]).toBeInstanceOf(TypeError);
    part.send({ type: 'finish' });
    expect(count(part.posted, 'done')).toBe(0);
  });

  test("a part given the versions its thread compiled decides with them, not with the start message's playbook", async () => {
    const finished = async (part: ReturnType<typeof startPart>) => {
      part.send({ type: 'shared', keys: new Int32Array() });
      part.send({ type: 'finish' });
      await part.until(() => count(part.posted, 'done') === 1);
      const done = part.posted.find((message) => message.type === 'done');
      return done?.type === 'done' ? done.part : undefined;
    };
    const compiled = (given: Playbook): DrillVersion => ({
      name: 'candidate',
      version: null,
      decider: compilePlaybook(given, { counters: drillCounterStore() }),
    });
    const byMessage = await finished(startPart({ playbook: other }));
    const byOwn = await finished(startPart({ playbook: other }));
    const adopted = await finished(startPart({ versions: { version: compiled(other), against: null } }));
    const template = await finished(startPart());
    expect(byMessage).toEqual(byOwn);
    expect(adopted).toEqual(byMessage);
    expect(adopted).not.toEqual(template);
  });
});
