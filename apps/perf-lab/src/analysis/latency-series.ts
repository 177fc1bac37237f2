import type { LatencySample } from '../sampling/latency-sample.ts';
import type { Point } from './linear-regression.ts';
import { percentileOfSorted, sortAscending } from './percentile.ts';

export interface SecondPoint {
  /** Seconds since the run started. */
  t: number;
  requests: number;
  failed: number;
  conflicts: number;
  p50Ms?: number;
  p95Ms?: number;
  p99Ms?: number;
}

function summarize(samples: readonly LatencySample[]) {
  const sorted = sortAscending(samples.flatMap((sample) => (sample.ms === undefined ? [] : [sample.ms])));
  return {
    requests: samples.length,
    failed: samples.filter((sample) => sample.outcome === 'failed').length,
    conflicts: samples.filter((sample) => sample.outcome === 'conflict').length,
    p50Ms: percentileOfSorted(sorted, 50),
    p95Ms: percentileOfSorted(sorted, 95),
    p99Ms: percentileOfSorted(sorted, 99),
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Every request of every second from the start to the last sample, empty seconds included (a stall shows as a gap). */
export function bucketBySecond(samples: readonly LatencySample[], startAt: number): SecondPoint[] {
  const bySecond = groupBy(samples, (sample) => Math.floor((sample.at - startAt) / 1000));
  const last = Math.max(-1, ...bySecond.keys());
  return Array.from({ length: last + 1 }, (_, t) => ({ t, ...summarize(bySecond.get(t) ?? []) }));
}

/** The p99 of each of `windows` equal slices of the run, placed at the middle of its slice: the drift input. */
export function windowedP99(samples: readonly LatencySample[], startAt: number, durationSeconds: number, windows: number): Point[] {
  const width = durationSeconds / windows;
  const byWindow = groupBy(samples, (sample) => Math.floor((sample.at - startAt) / 1000 / width));
  return Array.from({ length: windows }, (_, index) => ({ x: (index + 0.5) * width, y: summarize(byWindow.get(index) ?? []).p99Ms }))
    .filter((point): point is Point => point.y !== undefined);
}

export function summarizeSamples(samples: readonly LatencySample[]) {
  return summarize(samples);
}
