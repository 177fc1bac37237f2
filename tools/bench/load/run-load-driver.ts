import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DriverSpec, DriverTraffic } from './driver-spec.ts';
import type { LoadSample } from './load-sample.ts';
import type { LoadShape, MeasuredRun } from './measured-run.ts';
import { runGenerator } from './run-generator.ts';

/** Closed loop (autocannon's programmatic API) without a rate; open loop (own pacing) with one. */
const closedLoopDriver = fileURLToPath(new URL('./load-driver.ts', import.meta.url));
const openLoopDriver = fileURLToPath(new URL('./paced-driver.ts', import.meta.url));
/** Room for start-up, the open loop's connection priming and its drain (at most 10 s). */
const overheadSeconds = 30;

/** Runs a driver in its own process with plain Node (it needs no path aliases, so no tsx loader in the way). */
export async function runLoadDriver(
  origin: string,
  headers: Record<string, string>,
  traffic: DriverTraffic,
  shape: LoadShape,
): Promise<MeasuredRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-bench-load-'));
  try {
    const specFile = path.join(dir, 'spec.json');
    const spec: DriverSpec = { origin, headers, traffic, ...shape };
    writeFileSync(specFile, JSON.stringify(spec));
    const driver = shape.rate === undefined ? closedLoopDriver : openLoopDriver;
    const run = await runGenerator(process.execPath, [driver, specFile], (shape.durationSeconds + overheadSeconds) * 1000);
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    return { ...(JSON.parse(line) as LoadSample), generatorCpu: run.cpu };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
