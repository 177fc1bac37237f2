import { deriveServerSample, readServerMetrics, type ServerMetrics, type ServerSample } from './server-metrics.ts';

export interface ServerSampler {
  latest(): ServerSample | undefined;
  stop(): { samples: ServerSample[]; failedScrapes: number };
}

/**
 * Scrapes the API's /metrics every second. It answers loopback callers, or anyone with METRICS_TOKEN (pass it as
 * BRISK_METRICS_TOKEN for a remote --target). A failed scrape is counted and skipped: the run goes on without it.
 */
export function startServerSampler(origin: string, token: string | undefined, intervalMs = 1_000): ServerSampler {
  const samples: ServerSample[] = [];
  let previous: ServerMetrics | undefined;
  let failedScrapes = 0;
  let inFlight = false;
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const scrape = async () => {
    if (inFlight) return;
    inFlight = true;
    try {
      const response = await fetch(`${origin}/metrics`, { headers, signal: AbortSignal.timeout(intervalMs) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const current = readServerMetrics(await response.text(), Date.now());
      if (previous) samples.push(deriveServerSample(previous, current));
      previous = current;
    } catch {
      failedScrapes++;
    } finally {
      inFlight = false;
    }
  };
  void scrape();
  const timer = setInterval(() => void scrape(), intervalMs).unref();
  return {
    latest: () => samples.at(-1),
    stop() {
      clearInterval(timer);
      return { samples, failedScrapes };
    },
  };
}
