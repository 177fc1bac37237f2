import type { BenchSettings } from '../bench-settings.ts';
import { isCleaningUp } from '../cleanup.ts';
import type { MeasuredRun } from '../load/measured-run.ts';
import { orderForRound } from './round-order.ts';
import type { Scenario } from './scenario.ts';

export interface RoundOutcome {
  round: number;
  run?: MeasuredRun;
  failure?: string;
}

export interface RoundsResult {
  outcomes: Map<string, RoundOutcome[]>;
  /** False when the deadline cut the run short. */
  complete: boolean;
}

function formatRun(run: MeasuredRun): string {
  const rps = Math.round(run.requestsPerSecond).toLocaleString('en-US').padStart(7);
  const failures = run.non2xx + run.errors;
  return `${rps} req/s  p50 ${run.latencyMs.p50.toFixed(2)} ms  p99 ${run.latencyMs.p99.toFixed(2)} ms  generator ${Math.round(run.generatorCpu * 100)}%${failures ? `  ${failures} failed` : ''}`;
}

/** Round 0 warms every scenario up and is not recorded; then every round runs each scenario once (see round-order.ts). */
export async function runRounds(scenarios: Scenario[], settings: BenchSettings, deadline: number): Promise<RoundsResult> {
  const outcomes = new Map<string, RoundOutcome[]>(scenarios.map((scenario) => [scenario.id, []]));
  for (let round = 0; round <= settings.rounds; round++) {
    const durationSeconds = round === 0 ? settings.warmupSeconds : settings.roundSeconds;
    for (const scenario of orderForRound(scenarios, round)) {
      if (isCleaningUp() || Date.now() + (durationSeconds + 20) * 1000 > deadline) return { outcomes, complete: false };
      const label = `${round === 0 ? 'warm-up' : `round ${round}/${settings.rounds}`}  ${scenario.id.padEnd(9)}`;
      try {
        const run = await scenario.run({ connections: scenario.connections, durationSeconds, pipelining: settings.pipelining });
        console.error(`${label} ${formatRun(run)}`);
        if (round > 0) outcomes.get(scenario.id)!.push({ round, run });
      } catch (error) {
        const failure = error instanceof Error ? error.message : String(error);
        console.error(`${label} failed: ${failure}`);
        if (round > 0) outcomes.get(scenario.id)!.push({ round, failure });
      }
    }
  }
  return { outcomes, complete: true };
}
