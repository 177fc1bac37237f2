export { createRateLimiter, type RateLimiter, type RateLimitOptions, type RateLimitVerdict } from './rate-limiter.ts';
export { createRedisConnection, isRedisReady } from './redis-connection.ts';
