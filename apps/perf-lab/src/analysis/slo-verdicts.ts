import { findSloTarget, type Slo } from '@brisk/shared-contracts';
import type { EndpointStats } from './endpoint-stats.ts';

export type SloObjective = 'p95' | 'p99' | 'errors' | 'apdex';

/**
 * A percentile of a handful of requests is just their maximum, and an Apdex of eight requests moves by an eighth with
 * each one: a single hiccup of a shared machine would decide them. p95 and Apdex are judged from 20 requests on, p99
 * from 100; below that the verdict is "too few requests". A failure is a failure at any count.
 */
export const minRequestsToJudge: Record<SloObjective, number> = { p95: 20, p99: 100, errors: 1, apdex: 20 };

export interface SloVerdict {
  request: string;
  group: string;
  objective: SloObjective;
  /** Undefined when the run produced no figure (every request failed before a first byte). */
  actual: number | undefined;
  limit: number;
  /** `max`: actual must be at or below the limit; `min`: at or above. */
  bound: 'max' | 'min';
  /** False when too few requests were made for this objective to mean anything; it then passes. */
  judged: boolean;
  passed: boolean;
}

function judge(actual: number | undefined, limit: number, bound: 'max' | 'min'): boolean {
  if (actual === undefined) return false;
  return bound === 'max' ? actual <= limit : actual >= limit;
}

/** Every objective of every request that ran and that an SLO group names; a missing figure fails its objective. */
export function judgeSlo(endpoints: readonly EndpointStats[], objectives: Slo): SloVerdict[] {
  return endpoints.flatMap((stats) => {
    const found = findSloTarget(objectives, stats.request);
    if (!found) return [];
    const { group, target } = found;
    const checks: [SloObjective, number | undefined, number, 'max' | 'min'][] = [
      ['p95', stats.p95Ms, target.p95Ms, 'max'],
      ['p99', stats.p99Ms, target.p99Ms, 'max'],
      ['errors', stats.errorPercent, target.maxErrorPercent, 'max'],
      ['apdex', stats.apdex, target.minApdex, 'min'],
    ];
    return checks.map(([objective, actual, limit, bound]) => {
      const judged = stats.requests >= minRequestsToJudge[objective];
      return { request: stats.request, group, objective, actual, limit, bound, judged, passed: !judged || judge(actual, limit, bound) };
    });
  });
}
