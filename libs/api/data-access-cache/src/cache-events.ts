export type CacheTier = 'l1' | 'l2' | 'source';

/** What the cache reports, for metrics; every method is optional to implement as a no-op. */
export interface CacheEvents {
  hit(tier: Exclude<CacheTier, 'source'>): void;
  miss(): void;
  redisError(operation: string): void;
}

export const silentCacheEvents: CacheEvents = { hit: () => {}, miss: () => {}, redisError: () => {} };
