import { describe, expect, it } from 'vitest';
import type { LatencySample } from '../sampling/latency-sample.ts';
import { bucketBySecond, windowedP99 } from './latency-series.ts';

function sample(at: number, ms: number | undefined, outcome: LatencySample['outcome'] = 'ok'): LatencySample {
  return { at, request: 'get-card', outcome, ms };
}

describe('bucketBySecond', () => {
  it('when a second has no request, then it is still there, empty, so a stall shows', () => {
    const points = bucketBySecond([sample(1_000, 5), sample(1_500, 7, 'conflict'), sample(3_200, 9, 'failed')], 1_000);

    expect(points.map((point) => point.requests)).toEqual([2, 0, 1]);
    expect(points[0]).toMatchObject({ t: 0, conflicts: 1, failed: 0, p50Ms: 5, p99Ms: 7 });
    expect(points[2]!.failed).toBe(1);
  });

  it('when a request got no response, then it counts as a request but not in the latency percentiles', () => {
    const [point] = bucketBySecond([sample(0, undefined, 'failed'), sample(10, 4)], 0);

    expect(point).toMatchObject({ requests: 2, failed: 1, p95Ms: 4 });
  });
});

describe('windowedP99', () => {
  it('when latency doubles in the second half, then the second window p99 is the doubled one', () => {
    const samples = Array.from({ length: 200 }, (_, index) => sample(index * 100, index < 100 ? 10 : 20));

    expect(windowedP99(samples, 0, 20, 2)).toEqual([
      { x: 5, y: 10 },
      { x: 15, y: 20 },
    ]);
  });
});
