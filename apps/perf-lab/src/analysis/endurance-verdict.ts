import type { EnduranceSlo } from '@brisk/shared-contracts';
import { fitLine, valueAt, type Point } from './linear-regression.ts';

export interface TrendVerdict {
  /** Fitted values at the end of warm-up and at the end of the run: the trend, not two noisy samples. */
  start: number;
  end: number;
  changePercent: number;
  limitPercent: number;
  passed: boolean;
}

export interface EnduranceVerdict {
  assessed: boolean;
  reason?: string;
  warmupSeconds: number;
  rss?: TrendVerdict;
  heap?: TrendVerdict;
  p99?: TrendVerdict;
  passed: boolean;
}

export interface EnduranceInput {
  durationSeconds: number;
  /** Seconds since the run started. */
  rss: Point[];
  heapUsed: Point[];
  p99Ms: Point[];
}

// Fewer points than this after warm-up and a slope is mostly noise.
const minPoints = 10;

function judgeTrend(points: Point[], fromSecond: number, toSecond: number, limitPercent: number): TrendVerdict | undefined {
  const line = fitLine(points);
  if (!line) return undefined;
  const start = valueAt(line, fromSecond);
  const end = valueAt(line, toSecond);
  const changePercent = start > 0 ? ((end - start) / start) * 100 : 0;
  return { start, end, changePercent, limitPercent, passed: changePercent <= limitPercent };
}

/**
 * Memory that keeps growing after warm-up is a leak when the fitted growth across the run exceeds the limit; the same
 * rule on the p99 of successive windows catches a service that slowly gets slower (fragmentation, growing tables).
 */
export function judgeEndurance(input: EnduranceInput, objectives: EnduranceSlo): EnduranceVerdict {
  const warmupSeconds = Math.max(input.durationSeconds * objectives.warmupFraction, objectives.minWarmupSeconds);
  const afterWarmup = (points: Point[]) => points.filter((point) => point.x >= warmupSeconds);
  const rss = afterWarmup(input.rss);
  const p99 = afterWarmup(input.p99Ms);
  if (rss.length < minPoints || p99.length < minPoints) {
    const reason = `too few samples after ${Math.round(warmupSeconds)} s of warm-up (${rss.length} memory, ${p99.length} latency; ${minPoints} needed)`;
    return { assessed: false, reason, warmupSeconds, passed: true };
  }
  const rssVerdict = judgeTrend(rss, warmupSeconds, input.durationSeconds, objectives.maxMemoryGrowthPercent);
  const heapVerdict = judgeTrend(afterWarmup(input.heapUsed), warmupSeconds, input.durationSeconds, objectives.maxMemoryGrowthPercent);
  const p99Verdict = judgeTrend(p99, warmupSeconds, input.durationSeconds, objectives.maxP99DriftPercent);
  const verdicts = [rssVerdict, heapVerdict, p99Verdict].filter((verdict) => verdict !== undefined);
  return {
    assessed: true,
    warmupSeconds,
    rss: rssVerdict,
    heap: heapVerdict,
    p99: p99Verdict,
    passed: verdicts.every((verdict) => verdict.passed),
  };
}
