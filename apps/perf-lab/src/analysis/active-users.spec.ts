import { describe, expect, it } from 'vitest';
import type { ArtilleryPeriod } from '../artillery/artillery-report.ts';
import { readActiveUsers } from './active-users.ts';

describe('readActiveUsers', () => {
  it('when users arrive and leave over periods reported out of order, then the running count is kept in time order', () => {
    const periods: ArtilleryPeriod[] = [
      { period: 20_000, lastMetricAt: 30_000, counters: { 'vusers.created': 0, 'vusers.completed': 4, 'vusers.failed': 1 }, summaries: {} },
      { period: 0, lastMetricAt: 10_000, counters: { 'vusers.created': 10 }, summaries: {} },
      { period: 10_000, lastMetricAt: 20_000, counters: { 'vusers.created': 5, 'vusers.completed': 2 }, summaries: {} },
    ];

    expect(readActiveUsers(periods, 0)).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 20, y: 13 },
      { x: 30, y: 8 },
    ]);
  });
});
