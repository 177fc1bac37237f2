import { Redis } from 'ioredis';
import { onCleanup } from '@brisk/shared-util-lab';

function connect(url: string): Redis {
  return new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: false });
}

export async function isRedisReachable(url: string): Promise<boolean> {
  const redis = connect(url);
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/** Deletes every key under `prefix` (SCAN, so a shared Redis is not blocked), bounded to 10,000 batches. */
async function deleteKeysUnder(url: string, prefix: string): Promise<void> {
  const redis = connect(url);
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

/** The API instances of this run write their cache entries under `prefix`; cleanup removes them from Redis. */
export function cleanUpRedisPrefix(url: string, prefix: string): void {
  onCleanup(`delete Redis keys ${prefix}*`, () => deleteKeysUnder(url, prefix));
}
