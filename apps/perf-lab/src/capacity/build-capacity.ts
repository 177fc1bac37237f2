import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { findPhaseWindows } from '../analysis/phase-windows.ts';
import type { RunRecord } from '../run/run-record.ts';
import { runFiles } from '../run/run-files.ts';
import { readRunRecord } from '../run/load-run-data.ts';
import { GeneratorSampleSchema, type GeneratorSample } from '../sampling/generator-sampler.ts';
import { readAllLatencySamples } from '../sampling/latency-files.ts';
import type { LatencySample } from '../sampling/latency-sample.ts';
import { ServerSampleSchema, type ServerSample } from '../sampling/server-metrics.ts';
import type { CapacityResult } from './capacity-result.ts';
import type { CapacitySlo } from './capacity-slo.ts';
import { excludedRequests, findKnee, judgeStep } from './judge-steps.ts';

export interface CapacityData {
  record: RunRecord;
  latency: LatencySample[];
  generator: GeneratorSample[];
  server: ServerSample[];
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

export async function loadCapacityData(runDir: string): Promise<CapacityData> {
  const files = runFiles(runDir);
  const server = existsSync(files.serverSamples) ? z.object({ samples: z.array(ServerSampleSchema) }).parse(await readJson(files.serverSamples)).samples : [];
  return {
    record: await readRunRecord(runDir),
    latency: await readAllLatencySamples(files.latencyDir),
    generator: existsSync(files.generatorSamples) ? z.array(GeneratorSampleSchema).parse(await readJson(files.generatorSamples)) : [],
    server,
  };
}

/** Every step Artillery completed, judged; a step cut off when the load ended early is left out. */
export function buildCapacity(data: CapacityData, slo: CapacitySlo): CapacityResult {
  const { record } = data;
  const completed = new Set(record.phaseEvents.filter((event) => event.kind === 'completed').map((event) => event.index));
  const startAt = record.phaseEvents.find((event) => event.kind === 'started')?.at ?? data.latency[0]?.at ?? Date.parse(record.startedAt);
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
