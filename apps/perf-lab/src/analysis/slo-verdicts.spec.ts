import { SloSchema } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import type { EndpointStats } from './endpoint-stats.ts';
import { judgeSlo } from './slo-verdicts.ts';

const objectives = SloSchema.parse({
  groups: {
    reads: { description: 'reads', requests: ['get-card'], p95Ms: 50, p99Ms: 150, maxErrorPercent: 1, apdexTMs: 25, minApdex: 0.9 },
  },
  endurance: { warmupFraction: 0.2, minWarmupSeconds: 120, maxMemoryGrowthPercent: 10, maxP99DriftPercent: 25 },
});

function stats(overrides: Partial<EndpointStats>): EndpointStats {
  return {
    request: 'get-card',
    requests: 1_000,
    ok: 1_000,
    conflicts: 0,
    failed: 0,
    errorPercent: 0,
    requestsPerSecond: 10,
    p95Ms: 20,
    p99Ms: 60,
    apdex: 0.98,
    ...overrides,
  };
}

describe('judgeSlo', () => {
  it('when every figure is within its objective, then all four verdicts pass', () => {
    const verdicts = judgeSlo([stats({})], objectives);

    expect(verdicts.map((verdict) => verdict.objective)).toEqual(['p95', 'p99', 'errors', 'apdex']);
    expect(verdicts.every((verdict) => verdict.passed)).toBe(true);
  });

  it('when p95 equals its limit, then it passes; one millisecond over, then it fails', () => {
    const atLimit = judgeSlo([stats({ p95Ms: 50 })], objectives).find((verdict) => verdict.objective === 'p95');
    const over = judgeSlo([stats({ p95Ms: 51 })], objectives).find((verdict) => verdict.objective === 'p95');

    expect(atLimit!.passed).toBe(true);
    expect(over!.passed).toBe(false);
  });

  it('when apdex falls below its minimum or errors exceed their budget, then those verdicts fail', () => {
    const verdicts = judgeSlo([stats({ apdex: 0.85, errorPercent: 1.5 })], objectives);

    expect(verdicts.filter((verdict) => !verdict.passed).map((verdict) => verdict.objective)).toEqual(['errors', 'apdex']);
  });

  it('when a request has no latency figure at all, then its latency objectives fail rather than pass unseen', () => {
    const verdicts = judgeSlo([stats({ p95Ms: undefined, p99Ms: undefined })], objectives);

    expect(verdicts.find((verdict) => verdict.objective === 'p95')!.passed).toBe(false);
  });

  it('when a request was sent 99 times, then its p99 is not judged; from 100 on it is', () => {
    const p99Of = (requests: number) =>
      judgeSlo([stats({ requests, ok: requests, p99Ms: 500 })], objectives).find((verdict) => verdict.objective === 'p99')!;

    expect(p99Of(99)).toMatchObject({ judged: false, passed: true });
    expect(p99Of(100)).toMatchObject({ judged: true, passed: false });
  });

  it('when a request was sent only a few times, then its error budget is still judged but not its Apdex', () => {
    const verdicts = judgeSlo([stats({ requests: 5, ok: 4, failed: 1, errorPercent: 20, apdex: 0.5 })], objectives);

    expect(verdicts.find((verdict) => verdict.objective === 'errors')).toMatchObject({ judged: true, passed: false });
    expect(verdicts.find((verdict) => verdict.objective === 'apdex')).toMatchObject({ judged: false, passed: true });
  });

  it('when a request belongs to no SLO group, then it is not judged', () => {
    expect(judgeSlo([stats({ request: 'export-board' })], objectives)).toEqual([]);
  });
});
