// Carries outbox rows to their endpoints, at least once, each with a message id that never changes. Rows are
// leased (FOR UPDATE SKIP LOCKED on PostgreSQL, so nodes share them; a dead node's lease runs out), sent with a
// per-endpoint limit and circuit breaker so one slow or dead endpoint holds up no other, and every attempt is
// recorded. Failures follow the retry schedule; the last one sets the row aside as a dead letter (and a person
// is tried on their next channel); an endpoint that answers 410, or fails too often in a row, is disabled.
import type { Logger } from 'pino';
import type { Transaction } from 'kysely';
import { drainTicks, isUnavailable, makeWorkerLoop } from '../worker-loop.js';
import {
  type CircuitSettings,
  type CircuitState,
  afterFailure,
  closedCircuit,
  defaultCircuit,
  isOpen,
} from '../../core/deliveries/circuit-breaker.js';
import {
  type DeliveryPayload,
  type PlannedDelivery,
  planEndpointNotice,
  planFallback,
} from '../../core/deliveries/plan-deliveries.js';
import { planRetry } from '../../core/deliveries/retry-schedule.js';
import type { ChannelKind } from '../../core/playbook/integrations-schema.js';
import { integrationIds } from '../../core/playbook/integrations-schema.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import {
  clearEndpointFailures,
  countEndpointFailure,
  disableEndpoint,
  selectEndpointStates,
} from '../../store/queries/delivery-endpoints.js';
import {
  finishDelivery,
  markDeliveriesDead,
  type AttemptOutcome,
} from '../../store/queries/finish-delivery.js';
import { decodeJson } from '../../store/json.js';
import {
  leaseDeliveries,
  nextDeliveryDueAt,
  releaseDeliveries,
  type OutboxRow,
} from '../../store/queries/lease-deliveries.js';
import { insertOutbox } from '../../store/queries/outbox.js';
import { toOutboxMessages } from '../../services/lifecycle/enqueue-deliveries.js';
import type { Store } from '../../store/store.js';
import type { Tables } from '../../store/tables.js';
import type { EventBus } from '../events/event-bus.js';
import type { Channel, OutboxMessage, SendResult } from './channel.js';

export interface DeliveriesWorkerOptions {
  store: Store;
  clock: () => number;
  logger: Logger;
  events: EventBus;
  playbook: () => Promise<PlaybookRuntime>;
  channels: Partial<Record<ChannelKind, Channel>>;
  /** Names this node in leases and attempts. */
  nodeId: string;
  /** Where channels read secrets (process.env in production). */
  env: Readonly<Record<string, string | undefined>>;
  /** The base URL of links in messages. */
  publicUrl: string;
  /** Jitter's random draw (Math.random by default). */
  random?: () => number;
  /** Longest sleep when nothing is due (default 250 ms). */
  pollMs?: number;
  /** How long a leased row stays this node's (default 60 s; longer than an attempt may last). */
  leaseMs?: number;
  /** How long one attempt may take (default 15 s). */
  timeoutMs?: number;
  /** Attempts in flight on this node at once (default 32). */
  maxInFlight?: number;
  /** Attempts in flight per endpoint (default 4). */
  perEndpoint?: number;
  circuit?: CircuitSettings;
}

export interface DeliveryCounters {
  delivered: Record<string, number>;
  failed: Record<string, number>;
  deadLettered: Record<string, number>;
}

export interface DeliveriesWorker {
  /** Leases what is due now, sends it, waits for every attempt; returns how many were attempted. */
  tick(): Promise<number>;
  /** Ticks until nothing is due now. */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  /** Attempts by outcome and channel since this node started (for /metrics). */
  counters(): DeliveryCounters;
}

/** Consecutive failures after which an endpoint is disabled, unless the playbook says otherwise. */
const defaultDisableAfter = 20;
/** How often the disabled endpoints are read again (another node may have disabled or an operator enabled one). */
const endpointRefreshMs = 2_000;

export function makeDeliveriesWorker(options: DeliveriesWorkerOptions): DeliveriesWorker {
  const { store, clock, logger, nodeId } = options;
  const random = options.random ?? Math.random;
  const pollMs = options.pollMs ?? 250;
  const leaseMs = options.leaseMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxInFlight = options.maxInFlight ?? 32;
  const perEndpoint = options.perEndpoint ?? 4;
  /** How many may be in flight to an endpoint now: one probe while its circuit is half open, else the limit. */
  const capacity = (endpoint: string): number =>
    (circuits.get(endpoint)?.failures ?? 0) >= circuitSettings.threshold ? 1 : perEndpoint;
  const circuitSettings = options.circuit ?? defaultCircuit;

  const circuits = new Map<string, CircuitState>();
  const busy = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  let disabled = new Set<string>();
  let disabledReadAt = Number.NEGATIVE_INFINITY;
  const counters: DeliveryCounters = { delivered: {}, failed: {}, deadLettered: {} };
  const count = (table: Record<string, number>, channel: string) => {
    table[channel] = (table[channel] ?? 0) + 1;
  };

  async function refreshDisabled(now: number, force = false): Promise<void> {
    if (!force && now - disabledReadAt < endpointRefreshMs) {
      return;
    }
    const rows = await selectEndpointStates(store.db);
    disabled = new Set(rows.filter((row) => row.disabled_at !== null).map((row) => row.endpoint));
    disabledReadAt = now;
  }

  /** Endpoints whose rows are not taken now. A disabled endpoint's rows are taken, to be set aside. */
  function skipped(now: number): string[] {
    const skip = new Set<string>();
    for (const [endpoint, state] of circuits) {
      if (isOpen(state, now)) {
        skip.add(endpoint);
      }
    }
    for (const [endpoint, n] of busy) {
      if (n >= capacity(endpoint)) {
        skip.add(endpoint);
      }
    }
    return [...skip];
  }

  /** Leases up to the free slots and starts each attempt; rows over an endpoint's limit go straight back. */
  async function leaseAndStart(): Promise<number> {
    const now = clock();
    await refreshDisabled(now);
    const free = maxInFlight - inFlight.size;
    if (free <= 0) {
      return 0;
    }
    const rows = await store.transaction((trx) =>
      leaseDeliveries(trx, store, { now, leaseMs, nodeId, limit: free, skipEndpoints: skipped(now) }),
    );
    if (rows.some((row) => row.endpoint !== null && disabled.has(row.endpoint))) {
      // Setting rows aside is read afresh: an endpoint enabled a moment ago must not lose what was requeued.
      await refreshDisabled(now, true);
    }
    const giveBack: string[] = [];
    const setAside: string[] = [];
    let started = 0;
    for (const row of rows) {
      const endpoint = row.endpoint ?? '';
      if (row.endpoint === null || disabled.has(endpoint)) {
        setAside.push(row.id);
        continue;
      }
      const taken = busy.get(endpoint) ?? 0;
      if (taken >= capacity(endpoint) || isOpen(circuits.get(endpoint) ?? closedCircuit, now)) {
        giveBack.push(row.id);
        continue;
      }
      busy.set(endpoint, taken + 1);
      started += 1;
      const attempt = deliver(row).finally(() => {
        busy.set(endpoint, (busy.get(endpoint) ?? 1) - 1);
        inFlight.delete(attempt);
        loop.wake();
      });
      inFlight.add(attempt);
    }
    if (giveBack.length > 0 || setAside.length > 0) {
      await store.transaction(async (trx) => {
        await releaseDeliveries(trx, giveBack, nodeId, now);
        await markDeliveriesDead(trx, setAside, 'endpoint disabled', now);
      });
    }
    return started;
  }

  function toMessage(row: OutboxRow): OutboxMessage {
    return {
      id: row.id,
      channel: row.channel as ChannelKind,
      endpoint: row.endpoint ?? '',
      recipient: row.recipient,
      escalationId: row.escalation_id,
      payload: decodeJson(row.payload) as DeliveryPayload,
      attempt: Number(row.attempts) + 1,
      createdAt: Number(row.created_at),
    };
  }

  async function send(message: OutboxMessage, runtime: PlaybookRuntime): Promise<SendResult> {
    const kind = integrationIds(runtime.playbook.integrations).get(message.endpoint);
    if (kind === undefined) {
      return {
        ok: false,
        permanent: true,
        error: `no integration "${message.endpoint}" in the active playbook`,
      };
    }
    const channel = options.channels[kind];
    if (channel === undefined || kind !== message.channel) {
      return {
        ok: false,
        permanent: true,
        error: `no ${message.channel} channel on this node for "${message.endpoint}"`,
      };
    }
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await channel.send(message, {
        runtime,
        env: options.env,
        store,
        clock,
        logger,
        publicUrl: options.publicUrl,
        signal,
      });
    } catch (error) {
      return { ok: false, error: signal.aborted ? `timed out after ${timeoutMs} ms` : errorText(error) };
    }
  }

  async function deliver(row: OutboxRow): Promise<void> {
    const message = toMessage(row);
    try {
      const runtime = await options.playbook();
      const started = clock();
      const result = await send(message, runtime);
      const at = clock();
      await settle(runtime, row, message, result, started, at);
    } catch (error) {
      // The outcome could not be written (the database is away): the lease runs out and the row is tried again,
      // with the same id, so a receiver sees at most a duplicate it can recognise.
      if (!isUnavailable(error)) {
        logger.error({ err: error, delivery: row.id }, 'delivery could not be settled');
      }
    }
  }

  async function settle(
    runtime: PlaybookRuntime,
    row: OutboxRow,
    message: OutboxMessage,
    result: SendResult,
    startedAt: number,
    at: number,
  ): Promise<void> {
    const endpoint = message.endpoint;
    const plan: AttemptOutcome = result.ok
      ? { kind: 'delivered' }
      : result.permanent === true || result.gone === true
        ? { kind: 'dead' }
        : (() => {
            const retry = planRetry(message.attempt, random(), result.retryAfterMs);
            return retry.retry
              ? { kind: 'retry' as const, nextAttemptAt: at + retry.delayMs }
              : { kind: 'dead' as const };
          })();
    const disableAfter = runtime.playbook.integrations?.disable_after ?? defaultDisableAfter;
    await store.transaction(async (trx) => {
      const mine = await finishDelivery(
        trx,
        {
          outboxId: message.id,
          attempt: message.attempt,
          at,
          channel: message.channel,
          endpoint,
          statusCode: result.status ?? null,
          error: result.ok ? null : result.error,
          durationMs: at - startedAt,
          node: nodeId,
        },
        plan,
      );
      if (result.ok) {
        await clearEndpointFailures(trx, endpoint, at);
        return;
      }
      // A recipient this channel cannot reach says nothing about the endpoint's health.
      const failures = result.permanent === true ? 0 : await countEndpointFailure(trx, endpoint, at);
      const why =
        result.gone === true
          ? `the endpoint answered ${result.status ?? 410} Gone`
          : failures >= disableAfter
            ? `${failures} deliveries in a row failed (last: ${result.error})`
            : null;
      if (why !== null && (await disableEndpoint(trx, endpoint, why, at))) {
        await announceDisabled(trx, runtime, endpoint, why, at);
        disabledReadAt = Number.NEGATIVE_INFINITY;
      }
      if (mine && plan.kind === 'dead') {
        await tryNextChannel(trx, runtime, row, message, at);
      }
    });
    if (result.ok) {
      circuits.delete(endpoint);
      count(counters.delivered, message.channel);
    } else {
      count(counters.failed, message.channel);
      if (result.permanent !== true) {
        circuits.set(endpoint, afterFailure(circuits.get(endpoint) ?? closedCircuit, at, circuitSettings));
      }
      if (plan.kind === 'dead') {
        count(counters.deadLettered, message.channel);
        logger.warn(
          { delivery: message.id, endpoint, error: result.error },
          'delivery set aside as a dead letter',
        );
      }
    }
  }

  /**
   * The disabling is news of its own: an `endpoint_disabled` message to the other endpoints (webhooks that take
   * it, Slack's default channels), never through the one that failed. It belongs to no escalation, so it is not
   * a timeline event (event id 0); the endpoint's state keeps when and why.
   */
  async function announceDisabled(
    trx: Transaction<Tables>,
    runtime: PlaybookRuntime,
    endpoint: string,
    why: string,
    at: number,
  ): Promise<void> {
    logger.warn({ endpoint, why }, 'delivery endpoint disabled');
    const event = {
      id: 0,
      type: 'endpoint_disabled',
      actor: 'handoff',
      at: new Date(at).toISOString(),
      data: { endpoint, why },
    };
    await write(trx, planEndpointNotice(runtime.playbook, endpoint, event), 0, null, at);
  }

  /** A person whose channel could not carry the message is tried on the next one they listed. */
  async function tryNextChannel(
    trx: Transaction<Tables>,
    runtime: PlaybookRuntime,
    row: OutboxRow,
    message: OutboxMessage,
    at: number,
  ): Promise<void> {
    const next = planFallback(runtime.playbook, message.recipient, message.payload);
    if (next !== null) {
      await write(trx, [next], Number(row.event_id), row.escalation_id, at);
    }
  }

  async function write(
    trx: Transaction<Tables>,
    planned: readonly PlannedDelivery[],
    eventId: number,
    escalationId: string | null,
    at: number,
  ): Promise<void> {
    await insertOutbox(trx, toOutboxMessages(planned, eventId, escalationId), at);
  }

  async function tick(): Promise<number> {
    const started = await leaseAndStart();
    await Promise.all([...inFlight]);
    return started;
  }

  const loop = makeWorkerLoop({
    name: 'deliveries worker',
    logger,
    pollMs,
    round: async () => {
      const started = await leaseAndStart();
      if (started > 0 && inFlight.size < maxInFlight) {
        return 0;
      }
      // Full, or everything due waits on a busy endpoint: sleep until an attempt ends (it wakes the loop).
      const next =
        inFlight.size >= maxInFlight || (started === 0 && inFlight.size > 0)
          ? null
          : await nextDeliveryDueAt(store.db);
      const wait = next === null ? pollMs : Math.min(pollMs, next - clock());
      return Math.max(wait, 10);
    },
    settle: () => Promise.allSettled([...inFlight]),
  });

  return {
    tick,
    drain: () => drainTicks(tick),
    start: loop.start,
    async stop() {
      await loop.stop();
      await Promise.all([...Object.values(options.channels)].map((channel) => channel?.close?.()));
    },
    counters: () => counters,
  };
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
