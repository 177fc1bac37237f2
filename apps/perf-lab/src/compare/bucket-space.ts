import { type BucketLayout, type LatencyHistogram, upperBoundOf } from '../analysis/latency-histogram.ts';

/**
 * The histograms of one request across every run being compared, laid over one dense index of the buckets any of them
 * hit, so resampled counts can be pooled by adding arrays. All histograms must share a bucket layout.
 */
export interface BucketSpace extends BucketLayout {
  /** Bucket numbers in ascending order; position i in every array below refers to bucketNumbers[i]. */
  bucketNumbers: Int32Array;
}

export interface DenseHistogram {
  /** cumulative[i] = requests in buckets 0..i; the last entry is the total. */
  cumulative: Float64Array;
  total: number;
}

export function createBucketSpace(histograms: readonly LatencyHistogram[]): BucketSpace {
  const [first] = histograms;
  if (!first) throw new Error('no histogram to compare');
  for (const histogram of histograms) {
    if (histogram.growth !== first.growth || histogram.firstUpperMs !== first.firstUpperMs) {
      throw new Error('histograms with different bucket layouts cannot be compared');
    }
  }
  const numbers = new Set<number>();
  for (const histogram of histograms) for (const key of Object.keys(histogram.counts)) numbers.add(Number(key));
  return { bucketNumbers: Int32Array.from([...numbers].sort((a, b) => a - b)), growth: first.growth, firstUpperMs: first.firstUpperMs };
}

export function densify(space: BucketSpace, histogram: LatencyHistogram): DenseHistogram {
  const cumulative = new Float64Array(space.bucketNumbers.length);
  let total = 0;
  space.bucketNumbers.forEach((bucket, index) => {
    total += histogram.counts[String(bucket)] ?? 0;
    cumulative[index] = total;
  });
  return { cumulative, total };
}

/** Per-bucket counts of a dense histogram (the inverse of the running sum). */
export function countsOf(dense: DenseHistogram): Float64Array {
  return dense.cumulative.map((value, index) => value - (index === 0 ? 0 : dense.cumulative[index - 1]!));
}

/**
 * Nearest-rank percentile of bucketed counts, placed inside its bucket by where the rank falls among the bucket's
 * requests (geometrically, as the buckets are): without it every estimate would move in 5% steps, too coarse to tell a
 * 20% change from a 15% one.
 */
export function percentileOfCounts(space: BucketSpace, counts: Float64Array, total: number, percent: number): number | undefined {
  if (total <= 0) return undefined;
  const rank = Math.max(1, Math.ceil((percent / 100) * total));
  let seen = 0;
  for (let index = 0; index < counts.length; index += 1) {
    const count = counts[index]!;
    if (count === 0) continue;
    if (seen + count >= rank) {
      const bucket = space.bucketNumbers[index]!;
      const upper = upperBoundOf(space, bucket);
      if (bucket === 0) return upper;
      const fraction = (rank - seen - 0.5) / count;
      return (upper / space.growth) * space.growth ** fraction;
    }
    seen += count;
  }
  return undefined;
}
