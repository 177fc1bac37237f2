import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropOfflineCopies } from './drop-offline-copies.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('dropOfflineCopies', () => {
  it('when the service worker holds copies of API answers, then they go and the precached app files stay', async () => {
    const names = ['workbox-precache-v2-http://localhost/', 'brisk-session', 'brisk-boards'];
    const cacheStorage = { keys: vi.fn(async () => names), delete: vi.fn(async (_name: string) => true) };
    vi.stubGlobal('caches', cacheStorage);

    await dropOfflineCopies();

    expect(cacheStorage.delete.mock.calls.map(([name]) => name)).toEqual(['brisk-session', 'brisk-boards']);
  });

  it('when the browser has no Cache Storage (an insecure origin), then there is nothing to drop', async () => {
    expect('caches' in globalThis).toBe(false);

    await expect(dropOfflineCopies()).resolves.toBeUndefined();
  });
});
