import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { createHistogram, recordLatency } from '../analysis/latency-histogram.ts';
import { type ComparedRun, compareRuns, defaultCompareOptions } from './compare-runs.ts';

/** A run whose get-card latencies are log-normal around `medianMs`, as request latencies roughly are. */
function fakeRun(seed: number, medianMs: number, requests: number): ComparedRun {
  const rng = xoroshiro128plus(seed);
  const histogram = createHistogram();
  for (let index = 0; index < requests; index += 1) {
    // Box–Muller: a standard normal from two uniforms.
    const normal = Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng))) * Math.cos(2 * Math.PI * uniformFloat64(rng));
    recordLatency(histogram, medianMs * Math.exp(0.5 * normal));
  }
  return { runId: `run-${seed}`, endpoints: { 'get-card': histogram } };
}

// Runs of one build differ by a few percent: each gets its own median, the way a busy box shifts a whole run.
const runMedians = [5, 5.3, 4.8];
const baseline = runMedians.map((median, index) => fakeRun(index + 1, median, 400));

// A bootstrap over tens of thousands of requests takes about a second idle; CI runs several suites at once.
describe('compareRuns', { timeout: 30_000 }, () => {
  it('when the same build is run again, then nothing is flagged and the interval spans no change', () => {
    const rerun = runMedians.map((median, index) => fakeRun(index + 11, median * 1.02, 400));
    const [row] = compareRuns(baseline, rerun);

    expect(row!.verdict).toBe('same');
    expect(row!.p50!.lowPercent).toBeLessThan(0);
    expect(row!.p50!.highPercent).toBeGreaterThan(0);
  });

  it('when every request is 30% slower, then it is a regression with the change inside its interval', () => {
    const slower = runMedians.map((median, index) => fakeRun(index + 21, median * 1.3, 400));
    const [row] = compareRuns(baseline, slower);

    expect(row!.verdict).toBe('regression');
    expect(row!.p50!.changePercent).toBeGreaterThan(20);
    expect(row!.p50!.lowPercent).toBeGreaterThan(0);
    expect(row!.p50!.lowPercent).toBeLessThan(30);
    expect(row!.p50!.highPercent).toBeGreaterThan(30);
  });

  it('when a single candidate run is 30% slower, then it is still caught, with the baseline lending its run noise', () => {
    const [row] = compareRuns(baseline, [fakeRun(31, 5 * 1.3, 400)]);

    expect(row!.verdict).toBe('regression');
  });

  it('when the slowdown is real but under the threshold, then it is reported as slower and does not fail', () => {
    const big = (seed: number, median: number) => fakeRun(seed, median, 5_000);
    const [row] = compareRuns([big(41, 5), big(42, 5), big(43, 5)], [big(44, 5.5), big(45, 5.5), big(46, 5.5)]);

    expect(row!.verdict).toBe('slower');
  });

  it('when a single run of a noisy build differs by as much as its own runs do, then the borrowed noise keeps it from being flagged', () => {
    const noisy = [4, 5, 6].map((median, index) => fakeRun(index + 51, median, 400));
    const [withBorrowedNoise] = compareRuns(noisy, [fakeRun(61, 6, 400)]);

    expect(withBorrowedNoise!.p50!.changePercent).toBeGreaterThan(15);
    expect(withBorrowedNoise!.verdict).not.toBe('regression');
  });

  it('when a request has too few samples, then it is not judged', () => {
    const [row] = compareRuns([fakeRun(71, 5, 5)], [fakeRun(72, 50, 5)]);

    expect(row).toMatchObject({ verdict: 'too-few', baselineRequests: 5, candidateRequests: 5 });
  });

  it('when it is run twice on the same input, then the intervals are identical: the bootstrap is seeded', () => {
    const candidate = [fakeRun(81, 5.1, 300)];

    expect(compareRuns(baseline, candidate)).toEqual(compareRuns(baseline, candidate));
    expect(compareRuns(baseline, candidate, { ...defaultCompareOptions, seed: 7 })[0]!.p50!.lowPercent).not.toBe(
      compareRuns(baseline, candidate)[0]!.p50!.lowPercent,
    );
  });
});
