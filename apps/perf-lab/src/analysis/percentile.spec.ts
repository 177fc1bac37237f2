import { describe, expect, it } from 'vitest';
import { percentileOfSorted, sortAscending } from './percentile.ts';

describe('percentileOfSorted', () => {
  it('when asked for p95 of 1..100, then it is the 95th value (nearest rank)', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);

    expect(percentileOfSorted(values, 95)).toBe(95);
    expect(percentileOfSorted(values, 50)).toBe(50);
    expect(percentileOfSorted(values, 100)).toBe(100);
  });

  it('when there are no values, then there is no percentile', () => {
    expect(percentileOfSorted([], 95)).toBeUndefined();
  });

  it('when values arrive unsorted, then sortAscending orders them numerically, not as strings', () => {
    expect(Array.from(sortAscending([10, 9, 100, 1.5]))).toEqual([1.5, 9, 10, 100]);
  });
});
