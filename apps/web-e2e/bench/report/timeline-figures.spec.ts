import { describe, expect, it } from 'vitest';
import { frameTimes, longTasksBetween, slowestEventMs } from './timeline-figures.ts';

const entry = (startTime: number, duration: number) => ({ name: 'x', startTime, duration });

describe('slowestEventMs', () => {
  it('when events fall inside and outside the window, then the longest inside it is the figure', () => {
    const events = [entry(90, 200), entry(100, 24), entry(150, 48), entry(301, 400)];

    expect(slowestEventMs(events, 100, 300)).toBe(48);
  });

  it('when no event in the window reached the 16 ms floor, then the figure is 0', () => {
    expect(slowestEventMs([entry(50, 32)], 100, 300)).toBe(0);
  });
});

describe('longTasksBetween', () => {
  it('when a task began before the window but ran into it, then it counts', () => {
    const tasks = [entry(0, 60), entry(80, 120), entry(250, 70), entry(400, 90)];

    expect(longTasksBetween(tasks, 100, 300)).toEqual({ count: 2, longestMs: 120 });
  });

  it('when no task overlaps the window, then none is counted', () => {
    expect(longTasksBetween([entry(0, 60)], 100, 300)).toEqual({ count: 0, longestMs: 0 });
  });
});

describe('frameTimes', () => {
  it('when one frame of twenty was late, then the max shows it and the p95 lies between', () => {
    const frames = Array.from({ length: 20 }, (_, index) => index * 16 + (index >= 10 ? 84 : 0));

    const times = frameTimes(frames);

    expect(times.maxMs).toBe(100);
    expect(times.p95Ms).toBeCloseTo(16 + (100 - 16) * 0.1, 10);
  });

  it('when fewer than two frames were recorded, then it refuses to make up a figure', () => {
    expect(() => frameTimes([5])).toThrow(/fewer than two/);
  });
});
