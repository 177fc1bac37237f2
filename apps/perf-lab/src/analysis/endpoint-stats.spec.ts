import { describe, expect, it } from 'vitest';
import { readEndpointStats } from './endpoint-stats.ts';

const latency = { min: 2, max: 90, count: 7, mean: 10, p50: 8, p95: 40, p99: 80 };

describe('readEndpointStats', () => {
  it('when a move met contention, then 409s are counted apart and only real failures make the error rate', () => {
    const aggregate = {
      counters: {
        'brisk.move-card.ok': 6,
        'brisk.move-card.conflict': 3,
        'brisk.move-card.failed': 1,
        'brisk.move-card.apdex.satisfied': 8,
        'brisk.move-card.apdex.tolerating': 1,
        'brisk.move-card.apdex.frustrated': 1,
      },
      summaries: { 'plugins.metrics-by-endpoint.response_time.move-card': latency },
    };

    const [stats] = readEndpointStats(aggregate, 5);

    expect(stats).toMatchObject({ request: 'move-card', requests: 10, conflicts: 3, failed: 1, errorPercent: 10, p95Ms: 40, requestsPerSecond: 2 });
    expect(stats!.apdex).toBeCloseTo(0.85, 10);
  });

  it('when a request only has the zero counters a session starts with, then it is left out', () => {
    const aggregate = { counters: { 'brisk.reread-card.ok': 0, 'brisk.reread-card.conflict': 0, 'brisk.reread-card.failed': 0 }, summaries: {} };

    expect(readEndpointStats(aggregate, 5)).toEqual([]);
  });
});
