import type { ArtilleryPeriod } from '../artillery/artillery-report.ts';
import type { Point } from './linear-regression.ts';

/**
 * Virtual users in flight at the end of each of Artillery's 10 s periods (created so far minus ended so far), at
 * seconds since `startAt`, from none at the start.
 */
export function readActiveUsers(intermediate: readonly ArtilleryPeriod[], startAt: number): Point[] {
  let active = 0;
  const points = intermediate
    .filter((period) => period.period !== undefined)
    .toSorted((a, b) => a.period! - b.period!)
    .map((period) => {
      const counters = period.counters;
      active += (counters['vusers.created'] ?? 0) - (counters['vusers.completed'] ?? 0) - (counters['vusers.failed'] ?? 0);
      const end = period.lastMetricAt ?? period.period! + 10_000;
      return { x: Math.max(0, (end - startAt) / 1000), y: active };
    });
  return [{ x: 0, y: 0 }, ...points];
}
