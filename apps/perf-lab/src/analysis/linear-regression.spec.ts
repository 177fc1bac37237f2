import { describe, expect, it } from 'vitest';
import { fitLine, valueAt } from './linear-regression.ts';

describe('fitLine', () => {
  it('when points scatter symmetrically around a line, then that line is found', () => {
    const points = Array.from({ length: 20 }, (_, x) => ({ x, y: 3 + 2 * x + (x % 2 === 0 ? 1 : -1) }));

    const line = fitLine(points)!;

    expect(line.slope).toBeCloseTo(2, 1);
    expect(valueAt(line, 10)).toBeCloseTo(23, 0);
  });

  it('when every point has the same x, then no line is claimed', () => {
    expect(fitLine([{ x: 1, y: 1 }, { x: 1, y: 5 }])).toBeUndefined();
  });
});
