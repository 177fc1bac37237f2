import {
  createLocalBus,
  createRedisBus,
  createRedisCircuit,
  noCache,
  TieredCache,
  type Cache,
  type CacheEvents,
} from '@brisk/api-data-access-cache';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from './config.ts';

export interface CacheSetup {
  cache: Cache;
  close(): void;
}

/** L1 always (unless sized 0), L2 and the cross-instance bus when Redis is configured, nothing with BRISK_CACHE=off. */
export function setUpCache(config: Config, redis: Redis | undefined, events: CacheEvents, logger: Logger): CacheSetup {
  if (!config.cache.enabled) return { cache: noCache, close: () => {} };
  const circuit = redis ? createRedisCircuit(redis, events) : undefined;
  const bus =
    redis && circuit
      ? createRedisBus(redis, circuit, {
          prefix: config.redis.prefix,
          ackTimeoutMs: config.cache.busAckTimeoutMs,
          onAckTimeout: (missing) => logger.warn({ missing }, 'cache invalidation not acknowledged by every instance'),
        })
      : createLocalBus();
  const cache = new TieredCache({
    l1MaxBytes: config.cache.l1MaxBytes,
    l1TtlMs: config.cache.l2TtlMs,
    l1DegradedTtlMs: config.cache.degradedL1TtlMs,
    l2TtlMs: config.cache.l2TtlMs,
    prefix: config.redis.prefix,
    events,
    bus,
    circuit,
  });
  return { cache, close: () => bus.close() };
}
