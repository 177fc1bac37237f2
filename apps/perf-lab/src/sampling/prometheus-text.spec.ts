import { describe, expect, it } from 'vitest';
import { parsePrometheusText, sumOf } from './prometheus-text.ts';

const text = `# HELP process_resident_memory_bytes Resident memory size in bytes.
# TYPE process_resident_memory_bytes gauge
process_resident_memory_bytes 146030592
nodejs_eventloop_lag_p99_seconds 0.021299199
brisk_http_request_duration_seconds_count{method="GET",route="/api/boards/:boardId",status="200"} 12
brisk_http_request_duration_seconds_count{method="POST",route="/api/auth/login",status="200"} 3
brisk_cache_lookups_total{result="hit",tier="l1"} 40
brisk_cache_lookups_total{result="miss",tier="source"} 10
`;

describe('parsePrometheusText', () => {
  it('when prom-client output is read, then gauges and labelled counters come back as numbers', () => {
    const samples = parsePrometheusText(text);

    expect(sumOf(samples, 'process_resident_memory_bytes')).toBe(146030592);
    expect(sumOf(samples, 'nodejs_eventloop_lag_p99_seconds')).toBeCloseTo(0.0213, 4);
    expect(sumOf(samples, 'brisk_http_request_duration_seconds_count')).toBe(15);
    expect(sumOf(samples, 'brisk_cache_lookups_total', (labels) => labels['result'] === 'hit')).toBe(40);
  });

  it('when a metric is absent, then its sum is undefined rather than zero', () => {
    expect(sumOf(parsePrometheusText(text), 'brisk_redis_errors_total')).toBeUndefined();
  });

  it('when a label value holds an escaped quote, then it is unescaped', () => {
    const [sample] = parsePrometheusText('m{route="/a\\"b"} 1');

    expect(sample!.labels['route']).toBe('/a"b');
  });
});
