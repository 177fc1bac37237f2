import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { percentileOfSorted, sortAscending } from '../analysis/percentile.ts';
import { type BucketSpace, countsOf, type DenseHistogram, percentileOfCounts } from './bucket-space.ts';

export interface BootstrapOptions {
  iterations: number;
  /** Two-sided confidence of the interval, in percent. */
  confidencePercent: number;
  /** Fixed by default: the same inputs always give the same interval, so a verdict can be rerun and checked. */
  seed: number;
}

export interface ChangeEstimate {
  baselineMs: number;
  candidateMs: number;
  /** candidate / baseline − 1, in percent. */
  changePercent: number;
  lowPercent: number;
  highPercent: number;
}

/** An integer in [0, size): 32 random bits scaled (the bias, under 1e-5 for any run size here, is far below the noise). */
function pick(rng: RandomGenerator, size: number): number {
  return Math.floor(((rng.next() >>> 0) / 4_294_967_296) * size);
}

function pooledCounts(runs: readonly DenseHistogram[]): { counts: Float64Array; total: number } {
  const counts = new Float64Array(runs[0]?.cumulative.length ?? 0);
  let total = 0;
  for (const run of runs) {
    countsOf(run).forEach((count, index) => (counts[index]! += count));
    total += run.total;
  }
  return { counts, total };
}

/** Adds to `into` a resample, with replacement, of as many requests as the run had. */
function resampleRequests(rng: RandomGenerator, run: DenseHistogram, into: Float64Array): void {
  const { cumulative, total } = run;
  for (let draw = 0; draw < total; draw += 1) {
    const position = pick(rng, total);
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > position) high = middle;
      else low = middle + 1;
    }
    into[low]! += 1;
  }
}

/**
 * One bootstrap replicate of a side, resampled at both levels a run varies at: which runs (when there are several),
 * then which requests within each run. Resampling runs is what carries run-to-run noise (another process on the box, a
 * GC at a bad moment) into the interval; requests alone would make every small difference look real.
 */
function replicate(rng: RandomGenerator, space: BucketSpace, runs: readonly DenseHistogram[], percents: readonly number[]): (number | undefined)[] {
  const counts = new Float64Array(space.bucketNumbers.length);
  let total = 0;
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs.length === 1 ? runs[0]! : runs[pick(rng, runs.length)]!;
    resampleRequests(rng, run, counts);
    total += run.total;
  }
  return percents.map((percent) => percentileOfCounts(space, counts, total, percent));
}

/**
 * How each percentile changed from baseline to candidate, with a hierarchical bootstrap confidence interval (percentile
 * method); every percentile is read from the same replicates. A side measured only once cannot show its own run-to-run
 * noise, so it borrows the other side's: each replicate scales it by how far one run of the other side, picked at
 * random, strays from that side's pooled value. With a single run on both sides the interval holds request-level
 * noise only.
 */
export function estimateChanges(
  space: BucketSpace,
  baseline: readonly DenseHistogram[],
  candidate: readonly DenseHistogram[],
  percents: readonly number[],
  options: BootstrapOptions,
): (ChangeEstimate | undefined)[] {
  const pooled = (runs: readonly DenseHistogram[]) => {
    const { counts, total } = pooledCounts(runs);
    return percents.map((percent) => percentileOfCounts(space, counts, total, percent));
  };
  const [baselineMs, candidateMs] = [pooled(baseline), pooled(candidate)];
  const rng = xoroshiro128plus(options.seed);
  // How far each run of a side strays from the side's pooled value: the run-to-run noise a single-run side borrows.
  const strays = (runs: readonly DenseHistogram[], pooledMs: readonly (number | undefined)[]): number[][] =>
    runs.map((run) => {
      const counts = countsOf(run);
      return percents.map((percent, index) => {
        const value = percentileOfCounts(space, counts, run.total, percent);
        const whole = pooledMs[index];
        return value === undefined || whole === undefined ? 1 : value / whole;
      });
    });
  const [baselineStrays, candidateStrays] = [strays(baseline, baselineMs), strays(candidate, candidateMs)];
  const borrowedNoise = (own: readonly DenseHistogram[], otherStrays: readonly number[][]): readonly number[] => {
    if (own.length > 1 || otherStrays.length < 2) return percents.map(() => 1);
    return otherStrays[pick(rng, otherStrays.length)]!;
  };
  const changes = percents.map((): number[] => []);
  for (let iteration = 0; iteration < options.iterations; iteration += 1) {
    const b = replicate(rng, space, baseline, percents);
    const c = replicate(rng, space, candidate, percents);
    const bNoise = borrowedNoise(baseline, candidateStrays);
    const cNoise = borrowedNoise(candidate, baselineStrays);
    percents.forEach((_, index) => {
      const [bValue, cValue] = [b[index], c[index]];
      if (bValue !== undefined && cValue !== undefined) changes[index]!.push(((cValue * cNoise[index]!) / (bValue * bNoise[index]!) - 1) * 100);
    });
  }
  const tail = (100 - options.confidencePercent) / 2;
  return percents.map((_, index) => {
    const [before, after] = [baselineMs[index], candidateMs[index]];
    if (before === undefined || after === undefined) return undefined;
    const sorted = sortAscending(changes[index]!);
    return {
      baselineMs: before,
      candidateMs: after,
      changePercent: (after / before - 1) * 100,
      lowPercent: percentileOfSorted(sorted, tail) ?? Number.NEGATIVE_INFINITY,
      highPercent: percentileOfSorted(sorted, 100 - tail) ?? Number.POSITIVE_INFINITY,
    };
  });
}
