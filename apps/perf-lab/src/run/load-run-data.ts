import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { slo } from '@brisk/shared-contracts';
import { z } from 'zod';
import type { RunData } from '../analysis/run-data.ts';
import { ArtilleryReportSchema } from '../artillery/artillery-report.ts';
import { GeneratorSampleSchema } from '../sampling/generator-sampler.ts';
import { readAllLatencySamples } from '../sampling/latency-files.ts';
import { ServerSampleSchema } from '../sampling/server-metrics.ts';
import { runFiles } from './run-files.ts';
import { RunRecordSchema } from './run-record.ts';

const ServerSamplesFileSchema = z.strictObject({ samples: z.array(ServerSampleSchema), failedScrapes: z.int().min(0) });

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

export async function readRunRecord(runDir: string) {
  return RunRecordSchema.parse(await readJson(runFiles(runDir).record));
}

/** A run's own measurements: latency lines, and the server's and generator's samples (absent if never taken). */
export async function readRunSamples(runDir: string): Promise<Pick<RunData, 'latency' | 'server' | 'generator'>> {
  const files = runFiles(runDir);
  return {
    latency: await readAllLatencySamples(files.latencyDir),
    server: existsSync(files.serverSamples) ? ServerSamplesFileSchema.parse(await readJson(files.serverSamples)) : null,
    generator: existsSync(files.generatorSamples) ? z.array(GeneratorSampleSchema).parse(await readJson(files.generatorSamples)) : [],
  };
}

/** Reads a run directory back; server samples are absent when /metrics was never reachable. */
export async function loadRunData(runDir: string): Promise<RunData> {
  const files = runFiles(runDir);
  if (!existsSync(files.artilleryReport)) throw new Error(`${files.artilleryReport} is missing: Artillery did not finish this run`);
  return {
    record: await readRunRecord(runDir),
    report: ArtilleryReportSchema.parse(await readJson(files.artilleryReport)),
    ...(await readRunSamples(runDir)),
    objectives: slo,
  };
}
