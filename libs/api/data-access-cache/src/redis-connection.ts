import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Redis is an accelerator, never a dependency: commands time out fast, nothing queues while disconnected (callers fall
 * back at once), and the client keeps reconnecting in the background with a capped backoff.
 */
export function createRedisConnection(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    connectionName: 'brisk',
    connectTimeout: 2_000,
    commandTimeout: 500,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let lastError = '';
  redis.on('error', (error: Error) => {
    if (error.message !== lastError) logger.warn({ err: error }, 'redis unavailable; using the in-process fallback');
    lastError = error.message;
  });
  redis.on('ready', () => {
    if (lastError) logger.info('redis connection restored');
    lastError = '';
  });
  return redis;
}

export function isRedisReady(redis: Redis): boolean {
  return redis.status === 'ready';
}
