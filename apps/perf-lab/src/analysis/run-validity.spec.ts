import { describe, expect, it } from 'vitest';
import { judgeValidity } from './run-validity.ts';

function samples(overLimit: number, total: number): number[] {
  return Array.from({ length: total }, (_, index) => (index < overLimit ? 95 : 40));
}

describe('judgeValidity', () => {
  it('when the generator is above 80% for exactly 10% of the samples, then the run is still valid', () => {
    const validity = judgeValidity(samples(10, 100));

    expect(validity.valid).toBe(true);
    expect(validity.shareOverLimit).toBeCloseTo(0.1, 10);
  });

  it('when the generator is above 80% for 11% of the samples, then the run is invalid and says why', () => {
    const validity = judgeValidity(samples(11, 100));

    expect(validity.valid).toBe(false);
    expect(validity.reasons.join()).toMatch(/above 80% CPU for 11% of the run/);
  });

  it('when a sample is exactly 80%, then it does not count as above the limit', () => {
    expect(judgeValidity(Array.from({ length: 10 }, () => 80)).valid).toBe(true);
  });

  it('when there are no samples, then the run is invalid: an unmeasured generator proves nothing', () => {
    expect(judgeValidity([]).valid).toBe(false);
  });
});
