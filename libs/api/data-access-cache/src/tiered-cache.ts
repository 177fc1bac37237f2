import { LRUCache } from 'lru-cache';
import type { CacheEvents, CacheTier } from './cache-events.ts';
import type { CacheCodec } from './codec.ts';
import { Generations, type GenerationToken } from './generations.ts';
import type { InvalidationBus } from './invalidation-bus.ts';
import { stampOf, unwrapFromL2, wrapForL2, type L2Stamp } from './l2-envelope.ts';
import type { RedisCircuit } from './redis-circuit.ts';

export interface Cached<T> {
  value: T;
  tier: CacheTier;
}

export interface Cache {
  getOrLoad<T>(key: string, codec: CacheCodec<T>, load: () => Promise<T>): Promise<Cached<T>>;
  /** Call after the write has committed; resolves once every tier on every instance has dropped the keys. */
  invalidate(keys: string[]): Promise<void>;
}

export interface TieredCacheOptions {
  l1MaxBytes: number;
  /** Lifetime of an in-process value while the bus is healthy (invalidations keep it fresh before that). */
  l1TtlMs: number;
  /**
   * Lifetime of a value kept in process while the bus is down: the instance still absorbs reads, and a write on
   * another instance, which it cannot hear about, shows here within this time.
   */
  l1DegradedTtlMs: number;
  l2TtlMs: number;
  prefix: string;
  events: CacheEvents;
  bus: InvalidationBus;
  circuit?: RedisCircuit | undefined;
}

/** The key a bus message carries to mean "forget everything". */
const everything = '*';

interface L1Entry {
  value: unknown;
  size: number;
}

/**
 * L1 in process (bytes-bounded LRU), L2 in Redis when there is one, the source (database) last. Single-flight per
 * key; per-key generations so a load that raced a write never stores the old value in either tier. L1 is flushed
 * whenever the invalidation bus drops or comes back, and while it is down keeps values only briefly.
 */
export class TieredCache implements Cache {
  private readonly l1: LRUCache<string, L1Entry> | undefined;
  private readonly generations = new Generations();
  private readonly inFlight = new Map<string, Promise<Cached<unknown>>>();
  private epochBumpPending = false;
  private retireTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: TieredCacheOptions) {
    this.l1 =
      options.l1MaxBytes > 0
        ? new LRUCache<string, L1Entry>({
            maxSize: options.l1MaxBytes,
            sizeCalculation: (entry) => Math.max(1, entry.size),
            ttl: options.l1TtlMs,
          })
        : undefined;
    options.bus.onInvalidate((keys) => (keys.includes(everything) ? this.flushLocal() : this.dropLocal(keys)));
    options.bus.onReset(() => {
      // Invalidations sent while this instance was not listening are lost: forget what it kept in process. If its own
      // writes could not reach Redis meanwhile, settle that debt as soon as the connection is back.
      this.flushLocal();
      this.settleDebtSoon();
    });
  }

  async getOrLoad<T>(key: string, codec: CacheCodec<T>, load: () => Promise<T>): Promise<Cached<T>> {
    const hit = this.l1?.get(key);
    if (hit) {
      this.options.events.hit('l1');
      return { value: hit.value as T, tier: 'l1' };
    }
    const joined = this.inFlight.get(key);
    if (joined) return joined as Promise<Cached<T>>;
    const token = this.generations.begin(key);
    const filling = this.fill(key, codec, load, token).finally(() => {
      this.generations.end(token);
      if (this.inFlight.get(key) === filling) this.inFlight.delete(key);
    });
    this.inFlight.set(key, filling);
    return filling;
  }

  async invalidate(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    this.dropLocal(keys);
    const circuit = this.options.circuit;
    if (circuit) {
      try {
        await circuit.run('invalidate', (redis) => {
          const batch = redis.multi();
          for (const key of keys) {
            batch.incr(this.generationKey(key)).pexpire(this.generationKey(key), 2 * this.options.l2TtlMs);
            batch.del(this.valueKey(key));
          }
          return batch.exec();
        });
      } catch {
        // Redis may still hold the old values and other instances never heard of this write: as soon as Redis is
        // reachable again, retire every L2 entry and have every instance empty its L1.
        this.epochBumpPending = true;
        this.settleDebtSoon();
      }
    }
    await this.options.bus.publish(keys).catch(() => {});
  }

  /** Retries the epoch bump in the background until Redis and the bus are both back. */
  private settleDebtSoon(): void {
    if (!this.epochBumpPending || this.retireTimer) return;
    this.retireTimer = setInterval(() => {
      void this.retireL2().then((settled) => {
        if (settled && this.retireTimer) {
          clearInterval(this.retireTimer);
          this.retireTimer = undefined;
        }
      });
    }, 250).unref();
  }

  /** Bumps the cluster epoch (every L2 entry stamped before it is ignored) and tells every instance to flush L1. */
  private async retireL2(): Promise<boolean> {
    const circuit = this.options.circuit;
    if (!this.epochBumpPending) return true;
    if (!circuit?.isAvailable() || !this.options.bus.isHealthy()) return false;
    try {
      await circuit.run('epoch', (redis) => redis.incr(this.epochKey()));
      this.epochBumpPending = false;
      await this.options.bus.publish([everything]);
      return true;
    } catch {
      return false;
    }
  }

  flushLocal(): void {
    this.l1?.clear();
    this.generations.bumpAll();
    this.inFlight.clear();
  }

  private dropLocal(keys: string[]): void {
    for (const key of keys) {
      this.l1?.delete(key);
      this.generations.bump(key);
      this.inFlight.delete(key);
    }
  }

  private async fill<T>(key: string, codec: CacheCodec<T>, load: () => Promise<T>, token: GenerationToken) {
    const fromL2 = await this.readL2(key, codec);
    if (fromL2 && 'value' in fromL2) {
      this.options.events.hit('l2');
      this.keepInL1(key, fromL2.value, codec, token);
      return { value: fromL2.value, tier: 'l2' as const };
    }
    this.options.events.miss();
    const value = await load();
    if (this.generations.isCurrent(token)) {
      this.keepInL1(key, value, codec, token);
      if (fromL2) this.writeL2(key, fromL2.stamp, codec.encode(value));
    }
    return { value, tier: 'source' as const };
  }

  /**
   * A value, or the stamp a fresh load must carry, or nothing when L2 cannot be trusted: Redis out of reach, the bus
   * down (writes elsewhere could go unheard), or an epoch bump still owed after an outage.
   */
  private async readL2<T>(key: string, codec: CacheCodec<T>): Promise<{ value: T } | { stamp: L2Stamp } | null> {
    const circuit = this.options.circuit;
    if (!circuit?.isAvailable() || !this.options.bus.isHealthy() || !(await this.retireL2())) return null;
    try {
      const [epoch, generation, stored] = await circuit.run('get', (redis) =>
        redis.mgetBuffer(this.epochKey(), this.generationKey(key), this.valueKey(key)),
      );
      const stamp = stampOf(epoch ?? null, generation ?? null);
      const payload = stored ? unwrapFromL2(stored, stamp) : null;
      return payload ? { value: codec.decode(payload) } : { stamp };
    } catch {
      return null;
    }
  }

  private writeL2(key: string, stamp: L2Stamp, payload: Buffer): void {
    this.options.circuit
      ?.run('set', (redis) => redis.set(this.valueKey(key), wrapForL2(stamp, payload), 'PX', this.options.l2TtlMs))
      .catch(() => {});
  }

  private keepInL1<T>(key: string, value: T, codec: CacheCodec<T>, token: GenerationToken): void {
    if (!this.l1 || !this.generations.isCurrent(token)) return;
    const ttl = this.options.bus.isHealthy() ? this.options.l1TtlMs : this.options.l1DegradedTtlMs;
    this.l1.set(key, { value, size: codec.sizeOf(value) }, { ttl });
  }

  private epochKey = () => `${this.options.prefix}c:epoch`;
  private generationKey = (key: string) => `${this.options.prefix}c:g:${key}`;
  private valueKey = (key: string) => `${this.options.prefix}c:v:${key}`;
}

/** BRISK_CACHE=off: every read goes to the source, for measuring what the cache is worth. */
export const noCache: Cache = {
  getOrLoad: async (_key, _codec, load) => ({ value: await load(), tier: 'source' }),
  invalidate: async () => {},
};
