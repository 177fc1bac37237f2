import type { Redis } from 'ioredis';
import CircuitBreaker from 'opossum';
import type { CacheEvents } from './cache-events.ts';

export interface RedisCircuit {
  /** Runs a Redis operation, or rejects at once while Redis is not connected or the breaker is open. */
  run<T>(operation: string, work: (redis: Redis) => Promise<T>): Promise<T>;
  isAvailable(): boolean;
}

/**
 * After a run of failures the breaker opens and requests stop waiting on Redis altogether; it lets one probe through
 * after `resetMs` and closes again once that succeeds. Commands themselves are bounded by the connection's timeout.
 */
export function createRedisCircuit(redis: Redis, events: CacheEvents, resetMs = 2_000): RedisCircuit {
  const breaker = new CircuitBreaker(<T>(work: () => Promise<T>) => work(), {
    timeout: false,
    errorThresholdPercentage: 50,
    volumeThreshold: 5,
    rollingCountTimeout: 5_000,
    resetTimeout: resetMs,
  });
  return {
    isAvailable: () => redis.status === 'ready' && !breaker.opened,
    async run(operation, work) {
      if (redis.status !== 'ready') {
        events.redisError(operation);
        throw new Error(`redis is ${redis.status}`);
      }
      try {
        return (await breaker.fire(() => work(redis))) as Awaited<ReturnType<typeof work>>;
      } catch (error) {
        events.redisError(operation);
        throw error;
      }
    },
  };
}
