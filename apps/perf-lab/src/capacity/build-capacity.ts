import { findPhaseWindows } from '../analysis/phase-windows.ts';
import type { RunRecord } from '../run/run-record.ts';
import { readRunRecord, readRunSamples } from '../run/load-run-data.ts';
import type { GeneratorSample } from '../sampling/generator-sampler.ts';
import type { LatencySample } from '../sampling/latency-sample.ts';
import type { ServerSample } from '../sampling/server-metrics.ts';
import type { CapacityResult } from './capacity-result.ts';
import type { CapacitySlo } from './capacity-slo.ts';
import { excludedRequests, findKnee, judgeStep } from './judge-steps.ts';

export interface CapacityData {
  record: RunRecord;
  latency: LatencySample[];
  generator: GeneratorSample[];
  server: ServerSample[];
}

/** No Artillery report is needed: a capacity run that ended early may not have one. */
export async function loadCapacityData(runDir: string): Promise<CapacityData> {
  const { latency, server, generator } = await readRunSamples(runDir);
  return { record: await readRunRecord(runDir), latency, generator, server: server?.samples ?? [] };
}

/** When the first step began: every second of a capacity run counts from it. */
export function capacityStartAt(data: CapacityData): number {
  return data.record.phaseEvents.find((event) => event.kind === 'started')?.at ?? data.latency[0]?.at ?? Date.parse(data.record.startedAt);
}

/** Every step Artillery completed, judged; a step cut off when the load ended early is left out. */
export function buildCapacity(data: CapacityData, slo: CapacitySlo): CapacityResult {
  const { record } = data;
  const completed = new Set(record.phaseEvents.filter((event) => event.kind === 'completed').map((event) => event.index));
  const startAt = capacityStartAt(data);
  const steps = findPhaseWindows(record.phases, record.phaseEvents, startAt)
    .filter((window) => completed.has(window.index))
    .map((window) =>
      judgeStep({ window, users: record.phases[window.index]?.maxVusers ?? 0, runStartAt: startAt, latency: data.latency, generator: data.generator }, slo),
    );
  const { outcome, knee, breaking } = findKnee(steps);
  return {
    schemaVersion: 1,
    runId: record.runId,
    startedAt: record.startedAt,
    slo: slo.text,
    excludedRequests: [...excludedRequests],
    steps,
    outcome,
    ...(knee ? { knee } : {}),
    ...(breaking ? { breaking } : {}),
    endedEarly: completed.size < record.phases.length,
    target: record.target,
    machine: { ...record.machine, artillery: record.artillery.version },
    seed: { users: record.seed.users, boards: record.seed.boards, cardsPerBoard: record.seed.cardsPerBoard },
    command: record.command,
  };
}
