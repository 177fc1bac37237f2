import { afterNextFrame, sleep } from './next-frame.ts';
import type { TimedEntry } from './probe-api.ts';

const events: TimedEntry[] = [];
const longTasks: TimedEntry[] = [];

function keep(into: TimedEntry[], entries: PerformanceEntryList): void {
  for (const { name, startTime, duration } of entries) into.push({ name, startTime, duration });
}

const eventObserver = new PerformanceObserver((list) => keep(events, list.getEntries()));
const longTaskObserver = new PerformanceObserver((list) => keep(longTasks, list.getEntries()));

/**
 * Event Timing reports events of 16 ms or more (its floor), plus the page's first input whatever it took; long tasks are
 * those over 50 ms. Buffered, so what happened before this script ran is reported too.
 */
export function startEntryLog(): void {
  // TypeScript's DOM types do not know Event Timing's durationThreshold yet.
  eventObserver.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  eventObserver.observe({ type: 'first-input', buffered: true });
  longTaskObserver.observe({ type: 'longtask', buffered: true });
}

/** An event's entry is queued only once the frame after it is presented: two more frames and a moment cover that. */
export async function readEventEntries(): Promise<TimedEntry[]> {
  await afterNextFrame();
  await afterNextFrame();
  await sleep(50);
  keep(events, eventObserver.takeRecords());
  return [...events];
}

export function readLongTasks(): TimedEntry[] {
  keep(longTasks, longTaskObserver.takeRecords());
  return [...longTasks];
}
