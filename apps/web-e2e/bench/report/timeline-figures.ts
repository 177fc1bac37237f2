import { quantile } from '@brisk/shared-util-lab';
import type { TimedEntry } from '../page/probe-api.ts';
import type { LongTaskFigures } from './run-figures.ts';

/** The longest event that started within [from, to]; 0 when none reached Event Timing's 16 ms floor. */
export function slowestEventMs(events: TimedEntry[], from: number, to: number): number {
  const within = events.filter((event) => event.startTime >= from && event.startTime <= to);
  return Math.max(0, ...within.map((event) => event.duration));
}

/** Long tasks that overlap [from, to], even if they began before it: the main thread was blocked in the window. */
export function longTasksBetween(tasks: TimedEntry[], from: number, to: number): LongTaskFigures {
  const overlapping = tasks.filter((task) => task.startTime < to && task.startTime + task.duration > from);
  return { count: overlapping.length, longestMs: Math.max(0, ...overlapping.map((task) => task.duration)) };
}

/** Frame times are the intervals between animation frames; fewer than two frames say nothing. */
export function frameTimes(frames: number[]): { p95Ms: number; maxMs: number } {
  const intervals = frames.slice(1).map((time, index) => time - frames[index]!);
  if (intervals.length === 0) throw new Error('fewer than two animation frames were recorded');
  const sorted = intervals.toSorted((a, b) => a - b);
  return { p95Ms: quantile(sorted, 0.95), maxMs: sorted.at(-1)! };
}
