import type { CDPSession } from '@playwright/test';

/** The page's JS heap in use after a full garbage collection, in MB (10^6 bytes, as DevTools counts). */
export async function measureHeapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}
