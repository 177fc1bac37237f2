import { describe, expect, it } from 'vitest';
import { deriveServerSample, readServerMetrics } from './server-metrics.ts';

function scrape(cpuSeconds: number, requests: number, hits: number, misses: number): string {
  return [
    `process_cpu_seconds_total ${cpuSeconds}`,
    'process_resident_memory_bytes 200000000',
    'nodejs_heap_size_used_bytes 50000000',
    'nodejs_eventloop_lag_p99_seconds 0.012',
    `brisk_http_request_duration_seconds_count{method="GET",route="/api/boards",status="200"} ${requests}`,
    'brisk_http_request_duration_seconds_count{method="GET",route="/metrics",status="200"} 999',
    `brisk_cache_lookups_total{result="hit",tier="l1"} ${hits}`,
    `brisk_cache_lookups_total{result="miss",tier="source"} ${misses}`,
  ].join('\n');
}

describe('deriveServerSample', () => {
  it('when two scrapes are 2 s apart, then CPU, request rate and hit ratio are rates over those 2 s', () => {
    const first = readServerMetrics(scrape(10, 100, 50, 50), 1_000);
    const second = readServerMetrics(scrape(11.5, 300, 140, 60), 3_000);

    const sample = deriveServerSample(first, second);

    expect(sample.cpuPercent).toBeCloseTo(75, 10);
    expect(sample.requestsPerSecond).toBe(100);
    expect(sample.cacheHitPercent).toBeCloseTo(90, 10);
    expect(sample.eventLoopP99Ms).toBeCloseTo(12, 10);
    expect(sample.rssBytes).toBe(200_000_000);
  });

  it('when there is no previous scrape, then gauges are reported and rates are not', () => {
    const sample = deriveServerSample(undefined, readServerMetrics(scrape(10, 100, 1, 1), 1_000));

    expect(sample.cpuPercent).toBeUndefined();
    expect(sample.heapUsedBytes).toBe(50_000_000);
  });
});
