import { describe, expect, it } from 'vitest';
import { judgeEndurance, type EnduranceInput } from './endurance-verdict.ts';

const objectives = { warmupFraction: 0.2, minWarmupSeconds: 120, maxMemoryGrowthPercent: 10, maxP99DriftPercent: 25 };
const duration = 1_000;

function series(valueAtSecond: (second: number) => number, step = 10) {
  return Array.from({ length: duration / step + 1 }, (_, index) => ({ x: index * step, y: valueAtSecond(index * step) }));
}

function input(overrides: Partial<EnduranceInput>): EnduranceInput {
  const flat = series(() => 100);
  return { durationSeconds: duration, rss: flat, heapUsed: flat, p99Ms: flat, ...overrides };
}

describe('judgeEndurance', () => {
  it('when RSS grows 15% between the end of warm-up and the end of the run, then it is a leak', () => {
    // 100 MB at 200 s, +15 MB by 1,000 s.
    const rss = series((second) => 100 + (15 * (second - 200)) / 800);

    const verdict = judgeEndurance(input({ rss }), objectives);

    expect(verdict.rss!.changePercent).toBeCloseTo(15, 5);
    expect(verdict.rss!.passed).toBe(false);
    expect(verdict.passed).toBe(false);
  });

  it('when memory jumps during warm-up and then holds steady, then the warm-up is ignored and it passes', () => {
    const heapUsed = series((second) => (second < 200 ? 20 + second : 300 + (second % 20 === 0 ? 5 : -5)));

    const verdict = judgeEndurance(input({ heapUsed }), objectives);

    expect(Math.abs(verdict.heap!.changePercent)).toBeLessThan(2);
    expect(verdict.passed).toBe(true);
  });

  it('when p99 climbs 30% across the run, then it has drifted', () => {
    const p99Ms = series((second) => 10 + (3 * (second - 200)) / 800);

    const verdict = judgeEndurance(input({ p99Ms }), objectives);

    expect(verdict.p99!.passed).toBe(false);
    expect(verdict.passed).toBe(false);
  });

  it('when the run is short, then warm-up is at least minWarmupSeconds, not a fifth of the run', () => {
    const short = { ...input({}), durationSeconds: 300 };

    expect(judgeEndurance(short, objectives).warmupSeconds).toBe(120);
  });

  it('when a run is too short for a trend, then it is not assessed rather than passed on no evidence', () => {
    const verdict = judgeEndurance(input({ rss: series(() => 1, 500) }), objectives);

    expect(verdict.assessed).toBe(false);
    expect(verdict.reason).toMatch(/too few samples/);
  });
});
