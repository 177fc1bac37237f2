import { describe, expect, it } from 'vitest';
import { countOf, createHistogram, histogramPercentile, recordLatency } from './latency-histogram.ts';

describe('latency histogram', () => {
  it('when latencies span four orders of magnitude, then every percentile is within 5% of the exact one', () => {
    const histogram = createHistogram();
    const values = Array.from({ length: 10_000 }, (_, index) => 0.1 * 1.001 ** index);
    for (const value of values) recordLatency(histogram, value);

    for (const percent of [50, 95, 99]) {
      const exact = values[Math.ceil((percent / 100) * values.length) - 1]!;
      expect(Math.abs(histogramPercentile(histogram, percent)! - exact) / exact).toBeLessThan(0.05);
    }
    expect(countOf(histogram)).toBe(10_000);
  });

  it('when a value sits exactly on a bucket bound, then it is not counted in the bucket above', () => {
    const histogram = createHistogram();
    recordLatency(histogram, 0.05 * 1.05 ** 10);

    expect(histogramPercentile(histogram, 100)).toBeCloseTo(0.05 * 1.05 ** 10, 10);
  });

  it('when nothing was recorded, then there is no percentile', () => {
    expect(histogramPercentile(createHistogram(), 95)).toBeUndefined();
  });
});
