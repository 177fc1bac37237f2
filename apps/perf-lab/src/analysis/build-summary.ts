import { findSloTarget } from '@brisk/shared-contracts';
import type { LatencySample } from '../sampling/latency-sample.ts';
import { readActiveUsers } from './active-users.ts';
import { judgeEndurance, type EnduranceVerdict } from './endurance-verdict.ts';
import { readEndpointStats } from './endpoint-stats.ts';
import { createHistogram, recordLatency, type LatencyHistogram } from './latency-histogram.ts';
import { summarizeSamples, windowedP99 } from './latency-series.ts';
import type { Point } from './linear-regression.ts';
import { findPhaseWindows } from './phase-windows.ts';
import { findRunSpan, type RunData } from './run-data.ts';
import { judgeValidity } from './run-validity.ts';
import { judgeSlo } from './slo-verdicts.ts';
import type { Summary } from './summary-schema.ts';

/**
 * Per request, the response time of every response that did not fail: the processor's microsecond clock where the run
 * has it, else Artillery's time to first byte, whose whole milliseconds are too coarse to compare fast requests (4 → 5 ms
 * is a 25% step).
 */
function buildHistograms(samples: readonly LatencySample[]): Map<string, LatencyHistogram> {
  const histograms = new Map<string, LatencyHistogram>();
  for (const sample of samples) {
    const ms = sample.responseMs ?? sample.ms;
    if (ms === undefined || sample.outcome === 'failed') continue;
    let histogram = histograms.get(sample.request);
    if (!histogram) histograms.set(sample.request, (histogram = createHistogram()));
    recordLatency(histogram, ms);
  }
  return histograms;
}

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function maxOf(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((value) => value !== undefined);
  return defined.length === 0 ? undefined : Math.max(...defined);
}

function groupByRequest(samples: readonly LatencySample[]): Record<string, LatencySample[]> {
  return Object.groupBy(samples, (sample) => sample.request) as Record<string, LatencySample[]>;
}

function buildPhases(data: RunData, startAt: number, activeUsers: readonly Point[]): Summary['phases'] {
  return findPhaseWindows(data.record.phases, data.record.phaseEvents, startAt).map((window) => {
    const inWindow = data.latency.filter((sample) => sample.at >= window.startAt && sample.at < window.endAt);
    const [startSecond, endSecond] = [(window.startAt - startAt) / 1000, (window.endAt - startAt) / 1000];
    const users = activeUsers.filter((point) => point.x > startSecond && point.x <= endSecond + 10).map((point) => point.y);
    const endpoints = Object.fromEntries(Object.entries(groupByRequest(inWindow)).map(([request, samples]) => [request, summarizeSamples(samples)]));
    return {
      index: window.index,
      name: window.name,
      startSecond,
      endSecond,
      maxActiveUsers: maxOf(users),
      requestsPerSecond: endSecond > startSecond ? inWindow.length / (endSecond - startSecond) : 0,
      all: summarizeSamples(inWindow),
      endpoints,
    };
  });
}

function judgeEnduranceRun(data: RunData, startAt: number, durationSeconds: number): EnduranceVerdict | null {
  if (data.record.scenario !== 'endurance') return null;
  const serverPoints = (pick: (sample: NonNullable<RunData['server']>['samples'][number]) => number | undefined) =>
    (data.server?.samples ?? []).flatMap((sample) => {
      const value = pick(sample);
      return value === undefined ? [] : [{ x: (sample.at - startAt) / 1000, y: value }];
    });
  // Twenty windows after warm-up: enough points for a slope, each long enough for a stable p99.
  const windows = Math.round(20 / (1 - data.objectives.endurance.warmupFraction));
  return judgeEndurance(
    {
      durationSeconds,
      rss: serverPoints((sample) => sample.rssBytes),
      heapUsed: serverPoints((sample) => sample.heapUsedBytes),
      p99Ms: windowedP99(data.latency, startAt, durationSeconds, windows),
    },
    data.objectives.endurance,
  );
}

/** summary.json: per-request figures, SLO verdicts, validity, and for endurance runs the trend verdicts. */
export function buildSummary(data: RunData): Summary {
  const { record, report } = data;
  const { startAt, endAt } = findRunSpan(data);
  const durationSeconds = (endAt - startAt) / 1000;
  const histograms = buildHistograms(data.latency);
  const endpoints = readEndpointStats(report.aggregate, durationSeconds).map((stats) => ({
    ...stats,
    group: findSloTarget(data.objectives, stats.request)?.group,
    histogram: histograms.get(stats.request) ?? createHistogram(),
  }));
  const verdicts = judgeSlo(endpoints, data.objectives);
  // Only seconds wholly inside the load: Artillery's own start-up (loading modules, at full CPU) is not load generation.
  const generator = data.generator.filter((sample) => sample.since >= startAt && sample.at <= endAt);
  const validity = judgeValidity(generator.map((sample) => sample.cpuPercent));
  const requests = endpoints.reduce((sum, stats) => sum + stats.requests, 0);
  const failed = endpoints.reduce((sum, stats) => sum + stats.failed, 0);
  const invalidReasons = [...validity.reasons, ...(requests === 0 ? ['no request was made'] : [])];
  const endurance = judgeEnduranceRun(data, startAt, durationSeconds);
  const sloPassed = verdicts.every((verdict) => verdict.passed);
  const counters = report.aggregate.counters;
  const activeUsers = readActiveUsers(report.intermediate, startAt);
  const serverSamples = data.server?.samples ?? [];
  const cpu = generator.map((sample) => sample.cpuPercent);
  return {
    schemaVersion: 1,
    runId: record.runId,
    scenario: record.scenario,
    startedAt: record.startedAt,
    durationSeconds,
    verdict: invalidReasons.length > 0 ? 'invalid' : sloPassed && (endurance?.passed ?? true) ? 'pass' : 'slo-breach',
    valid: invalidReasons.length === 0,
    invalidReasons,
    target: record.target,
    machine: { ...record.machine, artillery: record.artillery.version },
    seed: { users: record.seed.users, boards: record.seed.boards, cardsPerBoard: record.seed.cardsPerBoard },
    load: {
      requests,
      requestsPerSecond: requests / durationSeconds,
      failed,
      conflicts: endpoints.reduce((sum, stats) => sum + stats.conflicts, 0),
      errorPercent: requests === 0 ? 0 : (failed / requests) * 100,
      vusersCreated: counters['vusers.created'] ?? 0,
      vusersCompleted: counters['vusers.completed'] ?? 0,
      vusersFailed: counters['vusers.failed'] ?? 0,
      maxActiveUsers: maxOf(activeUsers.map((point) => point.y)),
      errors: Object.fromEntries(Object.entries(counters).filter(([name]) => name.startsWith('errors.'))),
    },
    endpoints,
    phases: buildPhases(data, startAt, activeUsers),
    slo: { passed: sloPassed, verdicts },
    generator: {
      samples: generator.length,
      cpuMeanPercent: mean(cpu),
      cpuMaxPercent: maxOf(cpu),
      shareOverLimit: validity.shareOverLimit,
      hostCpuMeanPercent: mean(generator.flatMap((sample) => (sample.hostCpuPercent === undefined ? [] : [sample.hostCpuPercent]))),
    },
    server: data.server && {
      samples: serverSamples.length,
      failedScrapes: data.server.failedScrapes,
      rssMaxBytes: maxOf(serverSamples.map((sample) => sample.rssBytes)),
      heapUsedMaxBytes: maxOf(serverSamples.map((sample) => sample.heapUsedBytes)),
      eventLoopP99MaxMs: maxOf(serverSamples.map((sample) => sample.eventLoopP99Ms)),
      cpuMeanPercent: mean(serverSamples.flatMap((sample) => (sample.cpuPercent === undefined ? [] : [sample.cpuPercent]))),
      dbStatementsPerRequest: mean(serverSamples.flatMap((sample) => (sample.dbStatementsPerRequest === undefined ? [] : [sample.dbStatementsPerRequest]))),
      cacheHitPercent: mean(serverSamples.flatMap((sample) => (sample.cacheHitPercent === undefined ? [] : [sample.cacheHitPercent]))),
    },
    endurance,
    artilleryExitCode: record.artillery.exitCode,
  };
}
