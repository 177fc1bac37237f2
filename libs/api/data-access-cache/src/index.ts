export { silentCacheEvents, type CacheEvents, type CacheTier } from './cache-events.ts';
export { jsonCodec, type CacheCodec } from './codec.ts';
export { createLocalBus, createRedisBus, type InvalidationBus } from './invalidation-bus.ts';
export { createRateLimiter, type RateLimiter, type RateLimitOptions, type RateLimitVerdict } from './rate-limiter.ts';
export { createRedisCircuit, type RedisCircuit } from './redis-circuit.ts';
export { createRedisConnection, isRedisReady } from './redis-connection.ts';
export { noCache, TieredCache, type Cache, type Cached, type TieredCacheOptions } from './tiered-cache.ts';
