import { describe, expect, it } from 'vitest';
import { scalePhases, sumDurations } from './phases.ts';

const spike = [
  { name: 'baseline', duration: 60, arrivalRate: 1, maxVusers: 20 },
  { name: 'spike', duration: 30, arrivalRate: 20, maxVusers: 200 },
  { name: 'recovery', duration: 120, arrivalRate: 1, maxVusers: 20 },
];

describe('scalePhases', () => {
  it('when a 210 s shape is run for 70 s, then every phase shrinks by a third and keeps its load', () => {
    const scaled = scalePhases(spike, 70);

    expect(scaled.map((phase) => phase.duration)).toEqual([20, 10, 40]);
    expect(scaled[1]).toMatchObject({ arrivalRate: 20, maxVusers: 200 });
  });

  it('when the factor does not divide evenly, then the total is still exactly the duration asked for', () => {
    expect(sumDurations(scalePhases(spike, 100))).toBe(100);
    expect(sumDurations(scalePhases(spike, 1_800))).toBe(1_800);
  });

  it('when a duration is tiny, then no phase drops below one second', () => {
    expect(scalePhases(spike, 3).every((phase) => phase.duration >= 1)).toBe(true);
  });
});
