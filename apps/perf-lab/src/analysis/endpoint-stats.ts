import type { ArtilleryPeriod } from '../artillery/artillery-report.ts';
import { computeApdex } from './apdex.ts';

export interface EndpointStats {
  request: string;
  requests: number;
  ok: number;
  /** 409s on contended writes: expected, not failures. */
  conflicts: number;
  failed: number;
  errorPercent: number;
  requestsPerSecond: number;
  /** Time to first byte as the generator saw it, from Artillery's metrics-by-endpoint (what `ensure` checks). */
  p50Ms?: number;
  p95Ms?: number;
  p99Ms?: number;
  maxMs?: number;
  /** The API's own Server-Timing total: the gap to p95Ms is network, queueing and the generator. */
  serverP95Ms?: number;
  apdex?: number;
}

// The processor's counters (artillery/processors/outcomes.mjs): brisk.<request>.<outcome>.
const outcomeCounter = /^brisk\.([a-z-]+)\.(ok|conflict|failed)$/;
const byEndpoint = 'plugins.metrics-by-endpoint';

function readRequestNames(counters: Record<string, number>): string[] {
  const names = new Set<string>();
  for (const name of Object.keys(counters)) {
    const match = outcomeCounter.exec(name);
    if (match) names.add(match[1]!);
  }
  return [...names].sort();
}

/** Per named request, from Artillery's aggregate report; requests never sent are left out. */
export function readEndpointStats(aggregate: ArtilleryPeriod, durationSeconds: number): EndpointStats[] {
  const { counters, summaries } = aggregate;
  const count = (name: string) => counters[name] ?? 0;
  return readRequestNames(counters)
    .map((request): EndpointStats => {
      const [ok, conflicts, failed] = ['ok', 'conflict', 'failed'].map((outcome) => count(`brisk.${request}.${outcome}`)) as [number, number, number];
      const requests = ok + conflicts + failed;
      const latency = summaries[`${byEndpoint}.response_time.${request}`];
      const apdex = computeApdex({
        satisfied: count(`brisk.${request}.apdex.satisfied`),
        tolerating: count(`brisk.${request}.apdex.tolerating`),
        frustrated: count(`brisk.${request}.apdex.frustrated`),
      });
      return {
        request,
        requests,
        ok,
        conflicts,
        failed,
        errorPercent: requests === 0 ? 0 : (failed / requests) * 100,
        requestsPerSecond: durationSeconds > 0 ? requests / durationSeconds : 0,
        p50Ms: latency?.p50,
        p95Ms: latency?.p95,
        p99Ms: latency?.p99,
        maxMs: latency?.max,
        serverP95Ms: summaries[`${byEndpoint}.server-timing.${request}`]?.p95,
        apdex,
      };
    })
    .filter((stats) => stats.requests > 0);
}
