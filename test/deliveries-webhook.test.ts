// The deliveries worker with the real webhook channel and a real receiver: outbox rows written with events arrive
// signed, once each, and a retried row arrives again under the same webhook-id.
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeWebhookChannel } from '../src/runtime/deliveries/channels/webhook.js';
import type { Channel } from '../src/runtime/deliveries/channel.js';
import { makeDeliveriesWorker, type DeliveriesWorker } from '../src/runtime/deliveries/deliveries-worker.js';
import { generateWebhookSecret } from '../src/runtime/deliveries/standard-webhooks.js';
import { makeEventBus } from '../src/runtime/events/event-bus.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { makeVerbBench, minute, type VerbBench, verbYaml } from './verb-fixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const secret = generateWebhookSecret();

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let receiver: WebhookReceiver;
    let bench: VerbBench;
    let channel: Channel;
    let worker: DeliveriesWorker;

    beforeAll(async () => {
      store = await makeTestStore(dialect);
      receiver = await startWebhookReceiver({ secrets: [secret], now: () => bench.clock.now });
      bench = makeVerbBench(
        () => store,
        `${verbYaml}integrations:
  webhooks:
    - { id: ops, url: "${receiver.url}", secret_env: HOOK_SECRET, events: ["*"], allow_private: true }
`,
      );
      channel = makeWebhookChannel();
      worker = makeDeliveriesWorker({
        store,
        clock: bench.deps.clock,
        logger: pino({ level: 'silent' }),
        events: makeEventBus(),
        playbook: bench.deps.playbook,
        channels: { webhook: channel },
        nodeId: 'test',
        env: { HOOK_SECRET: secret },
        publicUrl: 'https://handoff.example.com',
        random: () => 0.5,
      });
    });
    afterAll(async () => {
      await channel.close?.();
      await receiver.close();
      await store.close();
    });
    beforeEach(() => {
      receiver.received.length = 0;
    });

    it('every event of a new escalation arrives signed, once, and nothing is sent twice', async () => {
      const id = await bench.open();
      const types = await bench.eventTypes(id);
      const attempted = await worker.drain();
      expect(attempted).toBe(types.length);
      expect(receiver.received.every((delivery) => delivery.verified)).toBe(true);
      expect(receiver.received.map((delivery) => (delivery.body as { type: string }).type).sort()).toEqual(
        types.map((type) => `escalation.${type}`).sort(),
      );
      const ids = receiver.received.map((delivery) => delivery.id ?? '');
      expect(new Set(ids).size).toBe(ids.length);
      await expect(worker.drain()).resolves.toBe(0);
      expect(receiver.received).toHaveLength(ids.length);
    });

    it('a row that failed is sent again later under the same webhook-id', async () => {
      receiver.answer({ status: 500 });
      await bench.open();
      await worker.drain();
      const failed = receiver.received.find((delivery) => delivery.status === 500);
      expect(failed?.id).toBeDefined();
      bench.clock.advance(minute);
      await worker.drain();
      const again = receiver.received.filter((delivery) => delivery.id === failed?.id);
      expect(again.map((delivery) => delivery.status)).toEqual([500, 200]);
      expect(receiver.count(failed?.id ?? '')).toBe(2);
    });
  });
}
