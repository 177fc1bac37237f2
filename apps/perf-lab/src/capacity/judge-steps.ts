import { summarizeSamples } from '../analysis/latency-series.ts';
import type { PhaseWindow } from '../analysis/phase-windows.ts';
import { judgeValidity } from '../analysis/run-validity.ts';
import type { GeneratorSample } from '../sampling/generator-sampler.ts';
import type { LatencySample } from '../sampling/latency-sample.ts';
import type { CapacitySlo } from './capacity-slo.ts';

/**
 * Logging in is judged apart: it happens once per session and costs what the password hash is set to cost (~0.3 s of
 * CPU by design), so it says how fast users can arrive, not how many a deployment carries once they are in.
 */
export const excludedRequests = new Set(['login']);

/** Fewer requests than this in a step's judged half and its percentiles mean little: the step is not judged. */
export const minimumStepRequests = 30;

export interface StepResult {
  index: number;
  users: number;
  /** Seconds since the first step began. */
  startSecond: number;
  endSecond: number;
  judgedFromSecond: number;
  requests: number;
  requestsPerSecond: number;
  failed: number;
  errorPercent: number;
  p50Ms?: number | undefined;
  p95Ms?: number | undefined;
  p99Ms?: number | undefined;
  loginP95Ms?: number | undefined;
  generatorCpuMaxPercent?: number | undefined;
  /** The generator saturated: the step measured the rig, not Brisk. */
  generatorBound: boolean;
  /** undefined when the step could not be judged (too few requests, generator-bound). */
  holds: boolean | undefined;
  reasons: string[];
}

export interface StepInput {
  window: PhaseWindow;
  users: number;
  runStartAt: number;
  latency: readonly LatencySample[];
  generator: readonly GeneratorSample[];
}

function judgeLatency(figures: ReturnType<typeof summarizeSamples>, slo: CapacitySlo): string[] {
  const reasons: string[] = [];
  for (const { percentile, maxMs } of slo.latency) {
    const actual = figures[`p${percentile}Ms`];
    if (actual !== undefined && actual > maxMs) reasons.push(`p${percentile} ${actual.toFixed(0)} ms > ${maxMs} ms`);
  }
  return reasons;
}

/** One step, judged on its second half: latency and errors of every request but the excluded ones, and the generator. */
export function judgeStep(input: StepInput, slo: CapacitySlo): StepResult {
  const { window, runStartAt } = input;
  const judgedFrom = window.startAt + (window.endAt - window.startAt) / 2;
  const inHalf = input.latency.filter((sample) => sample.at >= judgedFrom && sample.at < window.endAt);
  const judged = inHalf.filter((sample) => !excludedRequests.has(sample.request));
  const figures = summarizeSamples(judged);
  const seconds = Math.max(0.001, (window.endAt - judgedFrom) / 1000);
  const errorPercent = judged.length === 0 ? 0 : (figures.failed / judged.length) * 100;
  const generator = input.generator.filter((sample) => sample.since >= judgedFrom && sample.at <= window.endAt).map((sample) => sample.cpuPercent);
  const generatorBound = generator.length > 0 && !judgeValidity(generator).valid;
  const reasons = [...judgeLatency(figures, slo)];
  if (slo.maxErrorPercent !== undefined && errorPercent > slo.maxErrorPercent) reasons.push(`errors ${errorPercent.toFixed(2)}% > ${slo.maxErrorPercent}%`);
  let holds: boolean | undefined = reasons.length === 0;
  if (generatorBound) {
    holds = undefined;
    reasons.unshift('the load generator saturated (over 80% CPU): not judged');
  } else if (judged.length < minimumStepRequests) {
    holds = undefined;
    reasons.unshift(`only ${judged.length} requests in the judged half: not judged`);
  }
  return {
    index: window.index,
    users: input.users,
    startSecond: (window.startAt - runStartAt) / 1000,
    endSecond: (window.endAt - runStartAt) / 1000,
    judgedFromSecond: (judgedFrom - runStartAt) / 1000,
    requests: judged.length,
    requestsPerSecond: judged.length / seconds,
    failed: figures.failed,
    errorPercent,
    p50Ms: figures.p50Ms,
    p95Ms: figures.p95Ms,
    p99Ms: figures.p99Ms,
    loginP95Ms: summarizeSamples(inHalf.filter((sample) => excludedRequests.has(sample.request))).p95Ms,
    generatorCpuMaxPercent: generator.length > 0 ? Math.max(...generator) : undefined,
    generatorBound,
    holds,
    reasons,
  };
}

export type CapacityOutcome = 'knee' | 'held-to-max' | 'fails-at-first-step' | 'generator-bound' | 'not-judged';

/**
 * The knee: the last step that held before the first that did not. Steps are taken in order; a step with too few
 * requests to judge is passed over, and the search ends at the first failing step or the first where the generator
 * saturated, since what comes after it stands on broken ground.
 */
export function findKnee(steps: readonly StepResult[]): { outcome: CapacityOutcome; knee: StepResult | undefined; breaking: StepResult | undefined } {
  let knee: StepResult | undefined;
  for (const step of steps) {
    if (step.holds === true) {
      knee = step;
      continue;
    }
    if (step.holds === false) return { outcome: knee ? 'knee' : 'fails-at-first-step', knee, breaking: step };
    if (step.generatorBound) return { outcome: 'generator-bound', knee, breaking: step };
  }
  return { outcome: knee ? 'held-to-max' : 'not-judged', knee, breaking: undefined };
}
