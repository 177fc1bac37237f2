import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';

export const redisTestUrl = process.env['BRISK_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** As for PostgreSQL: skipped with a warning on a developer machine without Redis, a failure under CI=true. */
export default async function setup(project: TestProject): Promise<void> {
  const redis = new Redis(redisTestUrl, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
    project.provide('backendAvailable', true);
  } catch (error) {
    if (process.env['CI'] === 'true') {
      throw new Error(`Redis is required under CI=true but ${redisTestUrl} is unreachable`, { cause: error });
    }
    console.warn(`Redis unreachable at ${redisTestUrl}: skipping the Redis suite`);
    project.provide('backendAvailable', false);
  } finally {
    redis.disconnect();
  }
}
