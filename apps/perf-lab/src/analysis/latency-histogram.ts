import { z } from 'zod';

/**
 * Latencies in log-spaced buckets, each 5% wider than the one before, so any percentile read back is within 2.5% of
 * the exact one whatever the scale. Sparse: only buckets that were hit are stored. Kept per request and per run in
 * summary.json, so runs can later be compared distribution against distribution rather than by a few percentiles.
 */
export const LatencyHistogramSchema = z.strictObject({
  growth: z.number().gt(1),
  firstUpperMs: z.number().positive(),
  /** Bucket i holds values in (firstUpperMs·growth^(i-1), firstUpperMs·growth^i]; bucket 0 everything at or below. */
  counts: z.record(z.string().regex(/^\d+$/), z.int().positive()),
});
export type LatencyHistogram = z.infer<typeof LatencyHistogramSchema>;

const growth = 1.05;
const firstUpperMs = 0.05;

export function createHistogram(): LatencyHistogram {
  return { growth, firstUpperMs, counts: {} };
}

function bucketOf(histogram: LatencyHistogram, ms: number): number {
  if (ms <= histogram.firstUpperMs) return 0;
  return Math.ceil(Math.log(ms / histogram.firstUpperMs) / Math.log(histogram.growth) - 1e-9);
}

export type BucketLayout = Pick<LatencyHistogram, 'growth' | 'firstUpperMs'>;

export function upperBoundOf(histogram: BucketLayout, bucket: number): number {
  return histogram.firstUpperMs * histogram.growth ** bucket;
}

export function recordLatency(histogram: LatencyHistogram, ms: number): void {
  const key = String(bucketOf(histogram, ms));
  histogram.counts[key] = (histogram.counts[key] ?? 0) + 1;
}

export function countOf(histogram: LatencyHistogram): number {
  return Object.values(histogram.counts).reduce((sum, count) => sum + count, 0);
}

/** Nearest-rank percentile, reported as the upper bound of the bucket it falls in. */
export function histogramPercentile(histogram: LatencyHistogram, percent: number): number | undefined {
  const total = countOf(histogram);
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil((percent / 100) * total));
  const buckets = Object.keys(histogram.counts).map(Number).sort((a, b) => a - b);
  let seen = 0;
  for (const bucket of buckets) {
    seen += histogram.counts[String(bucket)] ?? 0;
    if (seen >= rank) return upperBoundOf(histogram, bucket);
  }
  return upperBoundOf(histogram, buckets.at(-1) ?? 0);
}
