import type { PhaseEvent } from '../artillery/phase-events.ts';
import type { LoadWatcher, WatchContext } from '../run/execute-load.ts';
import { createLatencyReader } from '../sampling/latency-files.ts';
import type { LatencySample } from '../sampling/latency-sample.ts';
import type { Phase } from '../scenarios/phases.ts';
import type { CapacitySlo } from './capacity-slo.ts';
import { judgeStep } from './judge-steps.ts';

/**
 * Judges each step as Artillery completes it and ends the load at the first step that breaks the objective or where
 * the generator saturated: going further would only push an overloaded server or generator harder, and what it
 * measured would not change the answer.
 */
export function watchCapacitySteps(
  context: WatchContext,
  phases: readonly Phase[],
  slo: CapacitySlo,
  log: (message: string) => void,
): LoadWatcher {
  const reader = createLatencyReader(context.latencyDir);
  const samples: LatencySample[] = [];
  const started = new Map<number, number>();
  let firstStartAt: number | undefined;
  let stopped = false;
  let queue = Promise.resolve();
  const judgeCompleted = async (event: PhaseEvent) => {
    for (const sample of await reader.readNew()) samples.push(sample);
    const startAt = started.get(event.index);
    if (stopped || startAt === undefined || firstStartAt === undefined) return;
    const window = { index: event.index, name: event.name, startAt, endAt: event.at };
    const step = judgeStep(
      { window, users: phases[event.index]?.maxVusers ?? 0, runStartAt: firstStartAt, latency: samples, generator: context.generatorSamples() },
      slo,
    );
    const figures = `${step.requestsPerSecond.toFixed(1)} req/s, p95 ${step.p95Ms?.toFixed(0) ?? '–'} ms, errors ${step.errorPercent.toFixed(2)}%`;
    const verdict = step.holds === true ? 'holds' : step.holds === false ? 'breaks the objective' : 'cannot be judged';
    log(`step ${step.users} users: ${verdict}${step.reasons.length > 0 ? ` (${step.reasons.join('; ')})` : ''} — ${figures}`);
    const last = event.index === phases.length - 1;
    if (step.holds === false || step.generatorBound || last) {
      // After the last step too: sessions still running would only add a drain nobody judges.
      stopped = true;
      log(step.holds === false ? 'ending the load: the knee is found' : step.generatorBound ? 'ending the load: the generator saturated' : 'every step is done');
      await context.endEarly();
    }
  };
  return {
    onPhase(event) {
      if (event.kind === 'started') {
        started.set(event.index, event.at);
        firstStartAt ??= event.at;
        return;
      }
      queue = queue.then(() => judgeCompleted(event)).catch((error: unknown) => log(`could not judge a step: ${String(error)}`));
    },
    stop() {
      stopped = true;
    },
  };
}
