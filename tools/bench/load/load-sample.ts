/** Open loop: what the paced driver was asked to offer and what it managed (see paced-driver.ts). */
export interface OpenLoopStats {
  /** Total requests per second the schedule offered, whatever the server did. */
  targetRate: number;
  /** Responses (any status) per second, from the first scheduled send to the last response. */
  achievedRate: number;
  /**
   * The generator's own lateness: slot to send, for requests that found a free connection (timer granularity, its
   * event loop, the OS scheduler). It counts in their latency.
   */
  timerLagMs: { p50: number; p99: number; max: number };
  /** Requests that found every connection busy and waited for one: the server's delay, counted in their latency. */
  waitedForConnection: number;
  /** The longest such wait, 0 when none waited. */
  connectionWaitMaxMs: number;
  /** Achieved rate >= 95% of the target: the server saw the rate it was meant to see. */
  keptRate: boolean;
  /** p99 timer lag <= 5 ms: the generator sent on schedule (later sends only add to latency, and bunch arrivals). */
  onSchedule: boolean;
}

/** What one load-generator run measured; the same shape whichever generator ran it. */
export interface LoadSample {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: {
    p50: number;
    /** Null where the generator does not report it (wrk's --latency prints 50/75/90/99%). */
    p95: number | null;
    p99: number;
    /** wrk only. */
    p75?: number;
    p90?: number;
    /** wrk prints two decimals (0.01 ms); the drivers keep microseconds. */
    resolutionMs: number;
  };
  /** Socket errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Per status code where the generator reports it (autocannon, the drivers); wrk only counts non-2xx/3xx. */
  statusCodes: Record<string, number>;
  /** Present for open-loop runs only. */
  openLoop?: OpenLoopStats;
}

export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
