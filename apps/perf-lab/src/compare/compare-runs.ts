import { countOf, type LatencyHistogram } from '../analysis/latency-histogram.ts';
import { type BootstrapOptions, type ChangeEstimate, estimateChanges } from './bootstrap.ts';
import { createBucketSpace, densify } from './bucket-space.ts';

/** One run as compare sees it: per request, every latency it measured. */
export interface ComparedRun {
  runId: string;
  endpoints: Record<string, LatencyHistogram>;
}

export type EndpointVerdict = 'regression' | 'slower' | 'same' | 'faster' | 'too-few';

export interface EndpointComparison {
  request: string;
  baselineRequests: number;
  candidateRequests: number;
  p50?: ChangeEstimate;
  p95?: ChangeEstimate;
  verdict: EndpointVerdict;
}

export interface CompareOptions extends BootstrapOptions {
  /** A change at least this large (in percent) and beyond the noise fails the comparison. */
  thresholdPercent: number;
}

export const defaultCompareOptions: CompareOptions = { thresholdPercent: 20, iterations: 1000, confidencePercent: 95, seed: 20_261_121 };

/** Below these, per side (all its runs together), a percentile is too thin to judge: p95 needs a few requests beyond its rank. */
export const minimumRequests = { p50: 10, p95: 40 } as const;

/**
 * A percentile regressed when its best estimate grew by the threshold or more and the confidence interval of the change
 * lies wholly above zero: large enough to matter, and not something the measured noise explains.
 */
function judge(estimates: readonly (ChangeEstimate | undefined)[], thresholdPercent: number): EndpointVerdict {
  const judged = estimates.filter((estimate) => estimate !== undefined);
  if (judged.length === 0) return 'too-few';
  if (judged.some((estimate) => estimate.lowPercent > 0 && estimate.changePercent >= thresholdPercent)) return 'regression';
  if (judged.some((estimate) => estimate.lowPercent > 0)) return 'slower';
  if (judged.every((estimate) => estimate.highPercent < 0)) return 'faster';
  return 'same';
}

function compareRequest(request: string, baseline: readonly ComparedRun[], candidate: readonly ComparedRun[], options: CompareOptions): EndpointComparison {
  const histogramsOf = (runs: readonly ComparedRun[]) => runs.flatMap((run) => (run.endpoints[request] ? [run.endpoints[request]] : []));
  const baselineHistograms = histogramsOf(baseline);
  const candidateHistograms = histogramsOf(candidate);
  const baselineRequests = baselineHistograms.reduce((sum, histogram) => sum + countOf(histogram), 0);
  const candidateRequests = candidateHistograms.reduce((sum, histogram) => sum + countOf(histogram), 0);
  const base = { request, baselineRequests, candidateRequests };
  if (Math.min(baselineRequests, candidateRequests) < minimumRequests.p50) return { ...base, verdict: 'too-few' };
  const space = createBucketSpace([...baselineHistograms, ...candidateHistograms]);
  const dense = (histograms: readonly LatencyHistogram[]) => histograms.map((histogram) => densify(space, histogram)).filter((run) => run.total > 0);
  const [baselineRuns, candidateRuns] = [dense(baselineHistograms), dense(candidateHistograms)];
  const judgeP95 = Math.min(baselineRequests, candidateRequests) >= minimumRequests.p95;
  const [p50, p95] = estimateChanges(space, baselineRuns, candidateRuns, judgeP95 ? [50, 95] : [50], options);
  return { ...base, ...(p50 ? { p50 } : {}), ...(p95 ? { p95 } : {}), verdict: judge([p50, p95], options.thresholdPercent) };
}

/** Every request either side measured, judged on its median and its p95. */
export function compareRuns(baseline: readonly ComparedRun[], candidate: readonly ComparedRun[], options: CompareOptions = defaultCompareOptions): EndpointComparison[] {
  const requests = new Set([...baseline, ...candidate].flatMap((run) => Object.keys(run.endpoints)));
  return [...requests].sort().map((request) => compareRequest(request, baseline, candidate, options));
}
