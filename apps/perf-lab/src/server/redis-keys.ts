import { Redis } from 'ioredis';
import { onCleanup } from '@brisk/shared-util-lab';

/** The run's API writes under its own key prefix; the cleanup deletes exactly those keys, never anyone else's. */
export function removeRedisKeysOnCleanup(url: string, prefix: string): void {
  onCleanup(`delete Redis keys ${prefix}*`, async () => {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  });
}
