import { Redis } from 'ioredis';
import { onCleanup } from './cleanup.ts';

/** Deletes every key under `prefix` (SCAN, so a shared Redis is not blocked), bounded to 10,000 batches. */
async function deleteKeysUnder(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  try {
    await redis.connect();
    let cursor = '0';
    for (let batch = 0; batch < 10_000; batch++) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
      if (cursor === '0') return;
    }
  } finally {
    redis.disconnect();
  }
}

/** A run's API instances write under their own key prefix; the run's cleanup deletes exactly those keys. */
export function cleanUpRedisPrefix(url: string, prefix: string): void {
  onCleanup(`delete Redis keys ${prefix}*`, () => deleteKeysUnder(url, prefix));
}
