/** What one load-generator run measured; the same shape whichever way autocannon was driven. */
export interface LoadSample {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: {
    p50: number;
    /** Null where the generator does not report it (the autocannon CLI has no p95). */
    p95: number | null;
    p99: number;
    /** The CLI's histogram keeps whole milliseconds; the driver keeps microseconds. */
    resolutionMs: number;
  };
  /** Socket errors and timeouts. */
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
