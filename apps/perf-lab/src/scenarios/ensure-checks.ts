import { findSloTarget, type Slo, type SloTarget } from '@brisk/shared-contracts';
import { minRequestsToJudge, type SloObjective } from '../analysis/slo-verdicts.ts';

export interface EnsureCondition {
  expression: string;
  strict: true;
}

// Counter and summary names written by artillery/processors/outcomes.mjs and Artillery's metrics-by-endpoint plugin.
function metricNames(request: string) {
  const counter = (suffix: string) => `brisk.${request}.${suffix}`;
  return {
    sent: `(${counter('ok')} + ${counter('conflict')} + ${counter('failed')})`,
    failed: counter('failed'),
    apdexScore: `(${counter('apdex.satisfied')} + ${counter('apdex.tolerating')} / 2)`,
    apdexTotal: `(${counter('apdex.satisfied')} + ${counter('apdex.tolerating')} + ${counter('apdex.frustrated')})`,
    latency: (percentile: string) => `plugins.metrics-by-endpoint.response_time.${request}.${percentile}`,
  };
}

function conditionsFor(request: string, target: SloTarget): EnsureCondition[] {
  const names = metricNames(request);
  // The processor starts every objective's counters at 0, so `sent` always exists. Below judgeSlo's minimum count a
  // check passes, as judgeSlo does, instead of failing on a percentile of a handful or on a metric never recorded.
  const judged = (objective: SloObjective, check: string) => `${names.sent} < ${minRequestsToJudge[objective]} or ${check}`;
  return [
    judged('p95', `${names.latency('p95')} <= ${target.p95Ms}`),
    judged('p99', `${names.latency('p99')} <= ${target.p99Ms}`),
    judged('errors', `${names.failed} / ${names.sent} * 100 <= ${target.maxErrorPercent}`),
    judged('apdex', `${names.apdexScore} / ${names.apdexTotal} >= ${target.minApdex}`),
  ].map((expression) => ({ expression, strict: true }));
}

/** Artillery `ensure` conditions for the requests of a run, generated from slo.ts so no threshold is written twice. */
export function buildEnsureConditions(requests: readonly string[], objectives: Slo): EnsureCondition[] {
  return requests.flatMap((request) => {
    const found = findSloTarget(objectives, request);
    return found ? conditionsFor(request, found.target) : [];
  });
}

/** Apdex T per request, for the processor's counters: the only SLO figure the load generator itself needs. */
export function buildApdexThresholds(requests: readonly string[], objectives: Slo): Record<string, number> {
  const thresholds: Record<string, number> = {};
  for (const request of requests) {
    const found = findSloTarget(objectives, request);
    if (found) thresholds[request] = found.target.apdexTMs;
  }
  return thresholds;
}
