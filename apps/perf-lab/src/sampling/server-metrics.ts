import { z } from 'zod';
import { parsePrometheusText, sumOf } from './prometheus-text.ts';

/** The counters and gauges of one /metrics scrape that perf-lab follows. */
export interface ServerMetrics {
  at: number;
  cpuSeconds?: number;
  rssBytes?: number;
  heapUsedBytes?: number;
  heapTotalBytes?: number;
  eventLoopP99Seconds?: number;
  httpRequests?: number;
  dbStatementsSum?: number;
  dbStatementsCount?: number;
  cacheHits?: number;
  cacheLookups?: number;
}

const maybe = z.number().optional();

/** One point of the server's time series: gauges as read, rates over the second since the previous scrape. */
export const ServerSampleSchema = z.strictObject({
  at: z.number(),
  rssBytes: maybe,
  heapUsedBytes: maybe,
  heapTotalBytes: maybe,
  eventLoopP99Ms: maybe,
  /** Of one core: 200 is both cores of this machine busy. */
  cpuPercent: maybe,
  requestsPerSecond: maybe,
  dbStatementsPerRequest: maybe,
  cacheHitPercent: maybe,
});
export type ServerSample = z.infer<typeof ServerSampleSchema>;

export function readServerMetrics(text: string, at: number): ServerMetrics {
  const samples = parsePrometheusText(text);
  return {
    at,
    cpuSeconds: sumOf(samples, 'process_cpu_seconds_total'),
    rssBytes: sumOf(samples, 'process_resident_memory_bytes'),
    heapUsedBytes: sumOf(samples, 'nodejs_heap_size_used_bytes'),
    heapTotalBytes: sumOf(samples, 'nodejs_heap_size_total_bytes'),
    eventLoopP99Seconds: sumOf(samples, 'nodejs_eventloop_lag_p99_seconds'),
    // The scrapes themselves are left out: they are perf-lab's traffic, not the load's.
    httpRequests: sumOf(samples, 'brisk_http_request_duration_seconds_count', (labels) => labels['route'] !== '/metrics'),
    dbStatementsSum: sumOf(samples, 'brisk_db_statements_per_request_sum'),
    dbStatementsCount: sumOf(samples, 'brisk_db_statements_per_request_count'),
    cacheHits: sumOf(samples, 'brisk_cache_lookups_total', (labels) => labels['result'] === 'hit'),
    cacheLookups: sumOf(samples, 'brisk_cache_lookups_total'),
  };
}

function rate(current: number | undefined, previous: number | undefined, seconds: number): number | undefined {
  return current === undefined || previous === undefined || seconds <= 0 ? undefined : (current - previous) / seconds;
}

function ratio(numerator: number | undefined, denominator: number | undefined): number | undefined {
  return numerator === undefined || denominator === undefined || denominator <= 0 ? undefined : numerator / denominator;
}

function delta(current: number | undefined, previous: number | undefined): number | undefined {
  return current === undefined || previous === undefined ? undefined : current - previous;
}

export function deriveServerSample(previous: ServerMetrics | undefined, current: ServerMetrics): ServerSample {
  const seconds = previous ? (current.at - previous.at) / 1000 : 0;
  const cpu = rate(current.cpuSeconds, previous?.cpuSeconds, seconds);
  const hitRatio = ratio(delta(current.cacheHits, previous?.cacheHits), delta(current.cacheLookups, previous?.cacheLookups));
  return {
    at: current.at,
    rssBytes: current.rssBytes,
    heapUsedBytes: current.heapUsedBytes,
    heapTotalBytes: current.heapTotalBytes,
    eventLoopP99Ms: current.eventLoopP99Seconds === undefined ? undefined : current.eventLoopP99Seconds * 1000,
    cpuPercent: cpu === undefined ? undefined : cpu * 100,
    requestsPerSecond: rate(current.httpRequests, previous?.httpRequests, seconds),
    dbStatementsPerRequest: ratio(
      delta(current.dbStatementsSum, previous?.dbStatementsSum),
      delta(current.dbStatementsCount, previous?.dbStatementsCount),
    ),
    cacheHitPercent: hitRatio === undefined ? undefined : hitRatio * 100,
  };
}
