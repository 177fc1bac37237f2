import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisCircuit } from './redis-circuit.ts';

export interface InvalidationBus {
  /** Tells every other instance, and resolves once each has applied it (or the wait for their acks timed out). */
  publish(keys: string[]): Promise<void>;
  /** Another instance changed these keys. */
  onInvalidate(handler: (keys: string[]) => void): void;
  /** Messages may have been lost (the bus connection dropped, or came back): forget everything held in process. */
  onReset(handler: () => void): void;
  /** Subscribed and connected: only then is it safe to keep values in process. */
  isHealthy(): boolean;
  close(): void;
}

/** A single instance needs no bus: its own writes invalidate its own memory directly. */
export function createLocalBus(): InvalidationBus {
  return { publish: async () => {}, onInvalidate: () => {}, onReset: () => {}, isHealthy: () => true, close: () => {} };
}

interface BusMessage {
  id: string;
  from: string;
  keys: string[];
}

export interface RedisBusOptions {
  prefix: string;
  ackTimeoutMs: number;
  onAckTimeout?: (missing: number) => void;
}

/**
 * Redis pub/sub with acknowledgements: the writer waits until every other subscriber has dropped the keys from its
 * memory, so once a write returns no instance serves the old value from process memory.
 */
export function createRedisBus(redis: Redis, circuit: RedisCircuit, options: RedisBusOptions): InvalidationBus {
  const instanceId = randomUUID();
  const channel = `${options.prefix}bus`;
  const ackChannel = `${options.prefix}bus:ack:${instanceId}`;
  const subscriber = redis.duplicate({ connectionName: 'brisk-bus', enableOfflineQueue: true, autoResubscribe: false });
  const invalidateHandlers: ((keys: string[]) => void)[] = [];
  const resetHandlers: (() => void)[] = [];
  const waiting = new Map<string, { acks: number; expected: number; done: () => void }>();
  let healthy = false;

  const reset = () => resetHandlers.forEach((handler) => handler());
  subscriber.on('ready', () => {
    subscriber.subscribe(channel, ackChannel).then(
      () => {
        reset();
        healthy = true;
      },
      () => subscriber.disconnect(true),
    );
  });
  subscriber.on('close', () => {
    if (healthy) reset();
    healthy = false;
  });
  subscriber.on('error', () => {});
  subscriber.on('message', (from: string, payload: string) => {
    const message = JSON.parse(payload) as BusMessage;
    if (from === ackChannel) {
      const wait = waiting.get(message.id);
      if (wait && ++wait.acks >= wait.expected) wait.done();
      return;
    }
    if (message.from === instanceId) return;
    invalidateHandlers.forEach((handler) => handler(message.keys));
    const ack = JSON.stringify({ id: message.id, from: instanceId, keys: [] } satisfies BusMessage);
    circuit.run('bus-ack', (client) => client.publish(`${options.prefix}bus:ack:${message.from}`, ack)).catch(() => {});
  });

  return {
    async publish(keys) {
      const message: BusMessage = { id: randomUUID(), from: instanceId, keys };
      let settle = () => {};
      const acked = new Promise<void>((resolve) => (settle = resolve));
      // Acks may overtake the PUBLISH reply (they come in on another connection), so count them from the start.
      const wait = { acks: 0, expected: Number.POSITIVE_INFINITY, done: settle };
      waiting.set(message.id, wait);
      try {
        const receivers = await circuit.run('bus-publish', (client) => client.publish(channel, JSON.stringify(message)));
        wait.expected = receivers - (healthy ? 1 : 0);
        if (wait.acks >= wait.expected) return;
        const timer = setTimeout(() => {
          options.onAckTimeout?.(wait.expected - wait.acks);
          settle();
        }, options.ackTimeoutMs);
        await acked;
        clearTimeout(timer);
      } finally {
        waiting.delete(message.id);
      }
    },
    onInvalidate: (handler) => void invalidateHandlers.push(handler),
    onReset: (handler) => void resetHandlers.push(handler),
    isHealthy: () => healthy,
    close: () => subscriber.disconnect(),
  };
}
