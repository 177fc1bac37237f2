import type { BenchSettings } from '../bench-settings.ts';
import { isCleaningUp } from '@brisk/shared-util-lab';
import type { MeasuredRun } from '../load/measured-run.ts';
import { orderForRound } from './round-order.ts';
import type { Scenario } from './scenario.ts';

export interface RoundOutcome {
  round: number;
  run?: MeasuredRun;
  failure?: string;
  /** Open loop: the closed-loop run the rate came from (its round: the same one unless that run failed). */
  pacedFrom?: { id: string; round: number; requestsPerSecond: number; fraction: number };
}

export interface RoundsResult {
  outcomes: Map<string, RoundOutcome[]>;
  /** False when the deadline cut the run short. */
  complete: boolean;
}

function formatRun(run: MeasuredRun): string {
  const rps = Math.round(run.requestsPerSecond).toLocaleString('en-US').padStart(7);
  const failures = run.non2xx + run.errors;
  const open = run.openLoop
    ? `  open loop ${Math.round(run.openLoop.targetRate)}/s, timer lag p99 ${run.openLoop.timerLagMs.p99.toFixed(2)} ms${run.openLoop.waitedForConnection ? `, ${run.openLoop.waitedForConnection} waited for a connection (max ${run.openLoop.connectionWaitMaxMs.toFixed(1)} ms)` : ''}${run.openLoop.keptRate ? '' : '  RATE NOT KEPT'}${run.openLoop.onSchedule ? '' : '  LATE SENDS'}`
    : '';
  const p95 = run.latencyMs.p95 === null ? '' : `  p95 ${run.latencyMs.p95.toFixed(2)} ms`;
  return `${rps} req/s  p50 ${run.latencyMs.p50.toFixed(2)} ms${p95}  p99 ${run.latencyMs.p99.toFixed(2)} ms  generator ${Math.round(run.generatorCpu * 100)}%${failures ? `  ${failures} failed` : ''}${open}`;
}

interface LatestRun {
  round: number;
  run: MeasuredRun;
}

/** The rate of an open-loop scenario: a fraction of its source's throughput, this round's if it ran, else the latest. */
function pacingFor(scenario: Scenario, latest: Map<string, LatestRun>): RoundOutcome['pacedFrom'] {
  if (!scenario.pacing) return undefined;
  const { source, fraction } = scenario.pacing;
  const found = latest.get(source);
  if (!found) throw new Error(`no run of ${source} yet to take the open-loop rate from`);
  return { id: source, round: found.round, requestsPerSecond: found.run.requestsPerSecond, fraction };
}

/** Round 0 warms every scenario up and is not recorded; then every round runs each scenario once (see round-order.ts). */
export async function runRounds(scenarios: Scenario[], settings: BenchSettings, deadline: number): Promise<RoundsResult> {
  const outcomes = new Map<string, RoundOutcome[]>(scenarios.map((scenario) => [scenario.id, []]));
  const latest = new Map<string, LatestRun>();
  for (let round = 0; round <= settings.rounds; round++) {
    const durationSeconds = round === 0 ? settings.warmupSeconds : settings.roundSeconds;
    for (const scenario of orderForRound(scenarios, round)) {
      if (isCleaningUp() || Date.now() + (durationSeconds + 20) * 1000 > deadline) return { outcomes, complete: false };
      const label = `${round === 0 ? 'warm-up' : `round ${round}/${settings.rounds}`}  ${scenario.id.padEnd(14)}`;
      let pacedFrom: RoundOutcome['pacedFrom'];
      try {
        pacedFrom = pacingFor(scenario, latest);
        const rate = pacedFrom && Math.max(1, Math.round(pacedFrom.requestsPerSecond * pacedFrom.fraction));
        const run = await scenario.run({ connections: scenario.connections, durationSeconds, pipelining: settings.pipelining, rate });
        latest.set(scenario.id, { round, run });
        console.error(`${label} ${formatRun(run)}`);
        if (round > 0) outcomes.get(scenario.id)!.push({ round, run, pacedFrom });
      } catch (error) {
        const failure = error instanceof Error ? error.message : String(error);
        console.error(`${label} failed: ${failure}`);
        if (round > 0) outcomes.get(scenario.id)!.push({ round, failure, pacedFrom });
      }
    }
  }
  return { outcomes, complete: true };
}
