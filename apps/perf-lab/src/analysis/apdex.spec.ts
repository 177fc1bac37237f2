import { describe, expect, it } from 'vitest';
import { computeApdex } from './apdex.ts';

describe('computeApdex', () => {
  it('when some requests are tolerating and some frustrated, then tolerating count half and frustrated nothing', () => {
    const apdex = computeApdex({ satisfied: 60, tolerating: 30, frustrated: 10 });

    expect(apdex).toBeCloseTo(0.75, 10);
  });

  it('when every request is satisfied, then the score is 1', () => {
    expect(computeApdex({ satisfied: 5, tolerating: 0, frustrated: 0 })).toBe(1);
  });

  it('when nothing was measured, then there is no score rather than a perfect one', () => {
    expect(computeApdex({ satisfied: 0, tolerating: 0, frustrated: 0 })).toBeUndefined();
  });
});
