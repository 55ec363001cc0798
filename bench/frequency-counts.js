// One busy key must not slow everyone: decisions of a playbook with a frequency trigger on customer.id, for a
// customer with 100,000 cases inside the window (hot) and for customers with a handful (cold), interleaved.
// Handoff's in-memory counter store beside a store that scans the key's occurrences on every record (as the
// counters did before), for reference. Run: npm run build && node bench/frequency-counts.js   (prints markdown)
import { compilePlaybook, loadTemplate, makeMemoryCounterStore } from '../dist/index.js';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const DAY = 86_400_000;
const HOT_OCCURRENCES = 100_000;
const COLD_KEYS = 1_000;
const ROUNDS = 15;

/** The counters as they were: every record walks all of the key's occurrences. Filled directly, not through record. */
function makeScanningStore() {
  const seen = new Map();
  return {
    fill(counter, key, count, start) {
      const occurrences = new Map();
      for (let index = 0; index < count; index += 1) {
        occurrences.set(`fill-${index}`, start + index);
      }
      seen.set(`${counter}\u0000${key}`, occurrences);
    },
    record(counter, key, occurrence, at, windowMs) {
      const slot = `${counter}\u0000${key}`;
      let occurrences = seen.get(slot);
      if (occurrences === undefined) {
        occurrences = new Map();
        seen.set(slot, occurrences);
      }
      if (!occurrences.has(occurrence)) {
        occurrences.set(occurrence, at);
      }
      let count = 0;
      for (const [id, when] of occurrences) {
        if (when <= at - windowMs) {
          occurrences.delete(id);
        } else if (when <= at) {
          count += 1;
        }
      }
      return count;
    },
  };
}

const template = loadTemplate('customer-support');
// The load: a frequency trigger that never fires, so hot and cold cases take the same decision.
const playbook = {
  ...template,
  triggers: template.triggers.map((trigger) =>
    trigger.id === 'repeat-contact' ? { ...trigger, count: 10_000_000 } : trigger,
  ),
};
const caseFor = (id, customer) => ({
  id,
  turn: 1,
  customer: { id: customer },
  ai: { confidence: 0.95, intent: 'order_status' },
  conversation: [{ role: 'customer', text: 'Where is my parcel? It should have arrived yesterday.' }],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function measure(label, counters, batch) {
  const decider = compilePlaybook(playbook, { counters });
  let serial = 0;
  let at = NOW;
  const run = (customer) => {
    const started = process.hrtime.bigint();
    for (let index = 0; index < batch; index += 1) {
      serial += 1;
      at += 1;
      decider.decide(caseFor(`case-${serial}`, customer(index)), at);
    }
    return Number(process.hrtime.bigint() - started) / 1e3 / batch;
  };
  const hotKey = () => 'C-HOT';
  const coldKey = (index) => `C-${(serial + index) % COLD_KEYS}`;
  run(coldKey); // warm-up
  run(hotKey);
  const hot = [];
  const cold = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    hot.push(run(hotKey));
    cold.push(run(coldKey));
  }
  const [h, c] = [median(hot), median(cold)];
  const count = counters.record('repeat-contact', 'C-HOT', 'probe', at, DAY);
  return `| ${label} | ${count.toLocaleString('en-US')} | ${h.toFixed(1)} | ${c.toFixed(1)} | ${(h / c).toFixed(2)} |`;
}

// The hot customer's 100,000 earlier cases, spread over the hour before the measured ones.
const memory = makeMemoryCounterStore();
for (let index = 0; index < HOT_OCCURRENCES; index += 1) {
  memory.record('repeat-contact', 'C-HOT', `fill-${index}`, NOW - HOT_OCCURRENCES + index, DAY);
}
const scanning = makeScanningStore();
scanning.fill('repeat-contact', 'C-HOT', HOT_OCCURRENCES, NOW - HOT_OCCURRENCES);

// A first pass warms the decider up, so neither store's figures carry the compiler's start.
measure('warm-up', makeMemoryCounterStore(), 2_000);
const rows = [
  measure('Handoff `makeMemoryCounterStore`', memory, 200),
  measure('a store that scans the key on every record (the counters before)', scanning, 200),
];

console.log(
  [
    '### One busy key beside quiet ones (frequency trigger on customer.id)',
    '',
    'The customer-support template with its `repeat-contact` frequency trigger (customer.id, 24 h) set never to ' +
      `fire, so every case takes the same decision. One customer already has ${HOT_OCCURRENCES.toLocaleString('en-US')} ` +
      `cases inside the window (hot); the cold cases spread over ${COLD_KEYS.toLocaleString('en-US')} customers. ` +
      `Hot and cold batches take turns; median µs per decision of ${ROUNDS} batches each, every decision ` +
      "recording a new case. 'count' is what the store says for the hot key at the end.",
    '',
    '| counter store | hot key count | hot µs per decision | cold µs per decision | hot / cold |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'The shared (database) store counts through the same in-memory window; it only adds writing each new case ' +
      'to the database in batches every 250 ms, so its cost per decision does not depend on the key either.',
  ].join('\n'),
);
