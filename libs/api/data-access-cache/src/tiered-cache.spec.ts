import { describe, expect, it, vi } from 'vitest';
import { silentCacheEvents } from './cache-events.ts';
import { jsonCodec } from './codec.ts';
import type { InvalidationBus } from './invalidation-bus.ts';
import { TieredCache } from './tiered-cache.ts';

function fakeBus(healthy = true) {
  const handlers = { invalidate: [] as ((keys: string[]) => void)[], reset: [] as (() => void)[] };
  const bus: InvalidationBus & { healthy: boolean } = {
    healthy,
    publish: vi.fn(async () => {}),
    onInvalidate: (handler) => void handlers.invalidate.push(handler),
    onReset: (handler) => void handlers.reset.push(handler),
    isHealthy: () => bus.healthy,
    close: () => {},
  };
  return { bus, handlers };
}

function createCache(l1MaxBytes = 1_000_000, healthy = true) {
  const { bus, handlers } = fakeBus(healthy);
  const cache = new TieredCache({
    l1MaxBytes,
    l1TtlMs: 60_000,
    l1DegradedTtlMs: 50,
    l2TtlMs: 60_000,
    prefix: 't:',
    events: silentCacheEvents,
    bus,
  });
  return { cache, bus, handlers };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

const codec = jsonCodec<string>();

describe('TieredCache without Redis', () => {
  it('when many callers miss the same key at once, then the source is loaded once and all get its value', async () => {
    const { cache } = createCache();
    const gate = deferred<string>();
    const load = vi.fn(() => gate.promise);

    const reads = Array.from({ length: 10 }, () => cache.getOrLoad('k', codec, load));
    gate.resolve('v1');
    const results = await Promise.all(reads);

    expect(load).toHaveBeenCalledTimes(1);
    expect(results.map((result) => result.value)).toEqual(Array(10).fill('v1'));
    expect((await cache.getOrLoad('k', codec, load)).tier).toBe('l1');
  });

  it('when a write lands while a slow load is in flight, then the old value is never cached', async () => {
    const { cache } = createCache();
    const slow = deferred<string>();
    const stale = cache.getOrLoad('k', codec, () => slow.promise);

    await cache.invalidate(['k']);
    const fresh = await cache.getOrLoad('k', codec, async () => 'after-write');
    slow.resolve('before-write');
    await stale;

    expect(fresh).toEqual({ value: 'after-write', tier: 'source' });
    expect(await cache.getOrLoad('k', codec, async () => 'unexpected')).toEqual({ value: 'after-write', tier: 'l1' });
  });

  it('when another instance invalidates a key, then the next read goes back to the source', async () => {
    const { cache, handlers } = createCache();
    await cache.getOrLoad('k', codec, async () => 'old');

    handlers.invalidate.forEach((handler) => handler(['k']));

    expect(await cache.getOrLoad('k', codec, async () => 'new')).toEqual({ value: 'new', tier: 'source' });
  });

  it('when the bus drops, then L1 is emptied, and values loaded while it is down are kept only briefly', async () => {
    const { cache, bus, handlers } = createCache();
    await cache.getOrLoad('a', codec, async () => 'a1');
    bus.healthy = false;
    handlers.reset.forEach((handler) => handler());

    const firstWhileDown = await cache.getOrLoad('a', codec, async () => 'a2');
    const secondWhileDown = await cache.getOrLoad('a', codec, async () => 'unexpected');
    await new Promise((resolve) => setTimeout(resolve, 80));
    const afterDegradedTtl = await cache.getOrLoad('a', codec, async () => 'a3');

    expect(firstWhileDown).toEqual({ value: 'a2', tier: 'source' });
    expect(secondWhileDown).toEqual({ value: 'a2', tier: 'l1' });
    expect(afterDegradedTtl).toEqual({ value: 'a3', tier: 'source' });
  });

  it('when values outgrow the byte budget, then the least recently used ones are evicted', async () => {
    const { cache } = createCache(2_000);
    const big = 'x'.repeat(400);
    for (const key of ['a', 'b', 'c']) await cache.getOrLoad(key, codec, async () => big);

    const first = await cache.getOrLoad('a', codec, async () => big);
    const last = await cache.getOrLoad('c', codec, async () => big);

    expect(first.tier).toBe('source');
    expect(last.tier).toBe('l1');
  });

  it('when a key is invalidated, then the bus is told after the local tier dropped it', async () => {
    const { cache, bus } = createCache();
    await cache.getOrLoad('k', codec, async () => 'v');

    await cache.invalidate(['k', 'other']);

    expect(bus.publish).toHaveBeenCalledWith(['k', 'other']);
    expect((await cache.getOrLoad('k', codec, async () => 'v2')).value).toBe('v2');
  });
});
