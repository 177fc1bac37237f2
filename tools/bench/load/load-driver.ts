/**
 * Load generator for the scenarios the autocannon CLI cannot express: per-request paths and bodies, sub-millisecond
 * percentiles (the CLI's histogram keeps whole milliseconds) and p95. It runs autocannon's programmatic API in its own
 * process, as the CLI would, and prints one LoadSample as JSON.
 * Usage: node tools/bench/load/load-driver.ts <spec.json>
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { DriverSpec } from './driver-spec.ts';
import { buildRequest } from './driver-traffic.ts';
import { percentile, type LoadSample } from './load-sample.ts';

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as DriverSpec;
const latencies: number[] = [];

const instance = autocannon(
  {
    url: spec.origin,
    connections: spec.connections,
    duration: spec.durationSeconds,
    pipelining: spec.pipelining,
    timeout: 10,
    headers: spec.headers,
    requests: [buildRequest(spec.traffic)],
  },
  (error, result) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    const sorted = Float64Array.from(latencies).sort();
    const sample: LoadSample = {
      requests: result.requests.total,
      durationSeconds: result.duration,
      requestsPerSecond: result.requests.total / result.duration,
      latencyMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), resolutionMs: 0.001 },
      errors: result.errors,
      non2xx: result.non2xx,
      statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count])),
    };
    process.stdout.write(`${JSON.stringify(sample)}\n`);
  },
);

// Like autocannon's own histogram, only 2xx responses count towards latency.
instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
});
