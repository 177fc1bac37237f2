import { describe, expect, it } from 'vitest';
import { findPhaseWindows } from './phase-windows.ts';

const planned = [
  { name: '50 users', duration: 60, arrivalRate: 8, maxVusers: 50 },
  { name: '100 users', duration: 60, arrivalRate: 8, maxVusers: 100 },
];

describe('findPhaseWindows', () => {
  it('when Artillery reported every boundary, then the windows are those it reported', () => {
    const events = [
      { kind: 'started' as const, index: 0, name: '50 users', at: 1_000 },
      { kind: 'completed' as const, index: 0, name: '50 users', at: 61_200 },
      { kind: 'started' as const, index: 1, name: '100 users', at: 61_200 },
      { kind: 'completed' as const, index: 1, name: '100 users', at: 121_500 },
    ];

    expect(findPhaseWindows(planned, events, 1_000).map((window) => [window.startAt, window.endAt])).toEqual([
      [1_000, 61_200],
      [61_200, 121_500],
    ]);
  });

  it('when the run stopped before the second phase began, then it is placed after the first for its planned length', () => {
    const events = [{ kind: 'started' as const, index: 0, name: '50 users', at: 0 }];

    expect(findPhaseWindows(planned, events, 0).map((window) => [window.startAt, window.endAt])).toEqual([
      [0, 60_000],
      [60_000, 120_000],
    ]);
  });
});
