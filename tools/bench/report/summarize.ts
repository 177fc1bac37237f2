import { generatorCpuLimit, type MeasuredRun } from '../load/measured-run.ts';
import type { RoundOutcome } from '../rounds/run-rounds.ts';
import type { Scenario } from '../rounds/scenario.ts';
import { isNoisy, spreadOf, type Spread } from '@brisk/shared-util-lab';

/** valid: every round usable; partly invalid: some rounds generator-bound (left out); invalid: all of them. */
export type ScenarioStatus = 'valid' | 'partly invalid' | 'invalid' | 'failed';

/** Open-loop scenarios: the rate they were offered and whether the server saw it (see paced-driver.ts). */
export interface OpenLoopSummary {
  source: string;
  fraction: number;
  targetRate: Spread | null;
  /** Runs where the achieved rate was >= 95% of the target. */
  keptRounds: number;
  /** Runs where the generator's p99 timer lag was <= 5 ms. */
  onScheduleRounds: number;
  timerLagP99Ms: Spread | null;
  /** Totals over every measured round: requests that found all connections busy, and the longest such wait. */
  waitedForConnection: number;
  connectionWaitMaxMs: number;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  connections: number;
  generator: Scenario['generator'];
  status: ScenarioStatus;
  rounds: number;
  validRounds: number;
  failedRounds: number;
  requestsPerSecond: Spread | null;
  p50: Spread | null;
  p95: Spread | null;
  p99: Spread | null;
  generatorCpu: Spread | null;
  latencyResolutionMs: number | null;
  openLoop: OpenLoopSummary | null;
  /** Totals over every measured round. */
  non2xx: number;
  conflicts: number;
  socketErrors: number;
  noisy: boolean;
}

export function isValidRun(run: MeasuredRun): boolean {
  return run.generatorCpu <= generatorCpuLimit;
}

/** The runs the medians use: the valid ones, or, when none is, all of them (and the scenario says it is invalid). */
export function usableRuns(outcomes: RoundOutcome[]): MeasuredRun[] {
  const runs = outcomes.flatMap((outcome) => (outcome.run ? [outcome.run] : []));
  const valid = runs.filter(isValidRun);
  return valid.length > 0 ? valid : runs;
}

function statusOf(runs: number, valid: number): ScenarioStatus {
  if (runs === 0) return 'failed';
  if (valid === runs) return 'valid';
  return valid === 0 ? 'invalid' : 'partly invalid';
}

function summarizeOpenLoop(scenario: Scenario, runs: MeasuredRun[]): OpenLoopSummary | null {
  if (!scenario.pacing) return null;
  const open = runs.flatMap((run) => (run.openLoop ? [run.openLoop] : []));
  return {
    source: scenario.pacing.source,
    fraction: scenario.pacing.fraction,
    targetRate: spreadOf(open.map((stats) => stats.targetRate)),
    keptRounds: open.filter((stats) => stats.keptRate).length,
    onScheduleRounds: open.filter((stats) => stats.onSchedule).length,
    timerLagP99Ms: spreadOf(open.map((stats) => stats.timerLagMs.p99)),
    waitedForConnection: open.reduce((sum, stats) => sum + stats.waitedForConnection, 0),
    connectionWaitMaxMs: Math.max(0, ...open.map((stats) => stats.connectionWaitMaxMs)),
  };
}

export function summarizeScenario(scenario: Scenario, outcomes: RoundOutcome[]): ScenarioSummary {
  const runs = outcomes.flatMap((outcome) => (outcome.run ? [outcome.run] : []));
  const used = usableRuns(outcomes);
  const validRounds = runs.filter(isValidRun).length;
  const metric = (pick: (run: MeasuredRun) => number | null) =>
    spreadOf(used.flatMap((run) => {
      const value = pick(run);
      return value === null ? [] : [value];
    }));
  const requestsPerSecond = metric((run) => run.requestsPerSecond);
  const p50 = metric((run) => run.latencyMs.p50);
  const total = (pick: (run: MeasuredRun) => number) => runs.reduce((sum, run) => sum + pick(run), 0);
  return {
    id: scenario.id,
    title: scenario.title,
    connections: scenario.connections,
    generator: scenario.generator,
    status: statusOf(runs.length, validRounds),
    rounds: outcomes.length,
    validRounds,
    failedRounds: outcomes.length - runs.length,
    requestsPerSecond,
    p50,
    p95: metric((run) => run.latencyMs.p95),
    p99: metric((run) => run.latencyMs.p99),
    generatorCpu: spreadOf(runs.map((run) => run.generatorCpu)),
    latencyResolutionMs: runs[0]?.latencyMs.resolutionMs ?? null,
    openLoop: summarizeOpenLoop(scenario, runs),
    non2xx: total((run) => run.non2xx),
    conflicts: total((run) => run.statusCodes['409'] ?? 0),
    socketErrors: total((run) => run.errors),
    noisy: isNoisy(requestsPerSecond) || isNoisy(p50),
  };
}
