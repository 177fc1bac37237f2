import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { LatencyHistogramSchema } from '../analysis/latency-histogram.ts';
import { type Summary, SummarySchema } from '../analysis/summary-schema.ts';
import { runFiles } from '../run/run-files.ts';
import { readJson, readRunRecord } from '../run/load-run-data.ts';
import { workspacePaths } from '../workspace-paths.ts';
import type { ComparedRun } from './compare-runs.ts';

const MachineSchema = SummarySchema.shape.machine;
const TargetSchema = SummarySchema.shape.target;

/** A baseline's name is its file name: lower-case letters, digits and dashes. */
export const baselineNamePattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * apps/perf-lab/baselines/<name>.json: a few runs of one scenario on one machine, kept with the machine they came from
 * and the commands that made them, so `compare` can tell a slower build from a slower box.
 */
export const BaselineSchema = z.strictObject({
  schemaVersion: z.literal(1),
  name: z.string().regex(baselineNamePattern),
  createdAt: z.iso.datetime(),
  scenario: z.string(),
  machine: MachineSchema,
  target: TargetSchema,
  seed: SummarySchema.shape.seed,
  runs: z
    .array(
      z.strictObject({
        runId: z.string(),
        startedAt: z.string(),
        command: z.array(z.string()),
        durationSeconds: z.number(),
        requests: z.int().min(0),
        requestsPerSecond: z.number(),
        errorPercent: z.number(),
        endpoints: z.record(z.string(), LatencyHistogramSchema),
      }),
    )
    .min(1),
});
export type Baseline = z.infer<typeof BaselineSchema>;

/** Runs of one scenario, from run directories or a baseline file: one side of a comparison. */
export interface RunSet {
  label: string;
  scenario: string;
  machine: Summary['machine'];
  target: Summary['target'];
  seed: Summary['seed'];
  meanDurationSeconds: number;
  /** Runs the generator saturated: their figures say nothing about Brisk. */
  invalidRuns: string[];
  runs: ComparedRun[];
}

async function readSummary(runDir: string): Promise<Summary> {
  const file = runFiles(runDir).summary;
  if (!existsSync(file)) throw new Error(`${runDir} has no summary.json: not a finished perf-lab run`);
  return SummarySchema.parse(await readJson(file));
}

function endpointsOf(summary: Summary): Record<string, z.infer<typeof LatencyHistogramSchema>> {
  return Object.fromEntries(summary.endpoints.map((endpoint) => [endpoint.request, endpoint.histogram]));
}

/** Runs that cannot stand for one another: compare exits 2 rather than judge them. */
export class NotComparableError extends Error {}

function sameOf<T>(values: readonly T[], what: string): T {
  const [first] = values;
  if (values.some((value) => JSON.stringify(value) !== JSON.stringify(first))) throw new NotComparableError(`the runs differ in ${what}: compare like with like`);
  return first!;
}

function meanOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

/** Everything of a set-up but the origin: an API perf-lab started gets a new port every run. */
function setUpOf(target: Summary['target']): Omit<Summary['target'], 'origin'> {
  const { origin: _origin, ...setUp } = target;
  return setUp;
}

/** What runs standing for one another must share; throws NotComparableError naming what differs. */
function commonOf(summaries: readonly Summary[]) {
  const pick = <T>(what: string, of: (summary: Summary) => T): T => sameOf(summaries.map(of), what);
  return {
    scenario: pick('scenario', (summary) => summary.scenario),
    machine: pick('machine', (summary) => summary.machine),
    setUp: pick('set-up (database, Redis, slowdown)', (summary) => setUpOf(summary.target)),
    seed: pick('seed size', (summary) => summary.seed),
  };
}

async function readRunDirs(runDirs: readonly string[]): Promise<RunSet> {
  const summaries = await Promise.all(runDirs.map(readSummary));
  const { scenario, machine, setUp, seed } = commonOf(summaries);
  return {
    label: runDirs.length === 1 ? path.basename(runDirs[0]!) : `${runDirs.length} runs (${summaries.map((summary) => summary.runId).join(', ')})`,
    scenario,
    machine,
    target: { ...summaries[0]!.target, ...setUp },
    seed,
    meanDurationSeconds: meanOf(summaries.map((summary) => summary.durationSeconds)),
    invalidRuns: summaries.filter((summary) => !summary.valid).map((summary) => summary.runId),
    runs: summaries.map((summary) => ({ runId: summary.runId, endpoints: endpointsOf(summary) })),
  };
}

export const baselinesDir = path.join(workspacePaths.root, 'apps/perf-lab/baselines');

export function baselinePath(name: string, directory = baselinesDir): string {
  return path.join(directory, `${name}.json`);
}

function baselineFileOf(args: readonly string[]): string | undefined {
  const [arg] = args;
  if (args.length !== 1 || arg === undefined) return undefined;
  if (arg.endsWith('.json')) return arg;
  return !existsSync(arg) && existsSync(baselinePath(arg)) ? baselinePath(arg) : undefined;
}

/** A side given on the command line: run directories, a baseline file, or a baseline's name. */
export async function readRunSet(args: readonly string[]): Promise<RunSet> {
  const baselineFile = baselineFileOf(args);
  if (baselineFile) {
    const baseline = BaselineSchema.parse(await readJson(baselineFile));
    return {
      label: `baseline ${baseline.name} (${baseline.runs.length} runs, ${baseline.createdAt.slice(0, 10)})`,
      scenario: baseline.scenario,
      machine: baseline.machine,
      target: baseline.target,
      seed: baseline.seed,
      meanDurationSeconds: meanOf(baseline.runs.map((run) => run.durationSeconds)),
      invalidRuns: [],
      runs: baseline.runs.map((run) => ({ runId: run.runId, endpoints: run.endpoints })),
    };
  }
  for (const arg of args) if (!existsSync(arg) || !statSync(arg).isDirectory()) throw new Error(`${arg}: neither a run directory nor a baseline`);
  return readRunDirs(args);
}

/** Writes the baseline file from valid runs of one scenario and set-up; returns its path. */
export async function saveBaseline(name: string, runDirs: readonly string[], { directory = baselinesDir, now = new Date() } = {}): Promise<string> {
  const summaries = await Promise.all(runDirs.map(readSummary));
  const invalid = summaries.filter((summary) => !summary.valid).map((summary) => summary.runId);
  if (invalid.length > 0) throw new Error(`invalid runs cannot be a baseline: ${invalid.join(', ')}`);
  const { scenario, machine, setUp, seed } = commonOf(summaries);
  const records = await Promise.all(runDirs.map(readRunRecord));
  const baseline: Baseline = BaselineSchema.parse({
    schemaVersion: 1,
    name,
    createdAt: now.toISOString(),
    scenario,
    machine,
    target: { ...setUp, origin: setUp.startedByPerfLab ? 'started by perf-lab' : summaries[0]!.target.origin },
    seed,
    runs: summaries.map((summary, index) => ({
      runId: summary.runId,
      startedAt: summary.startedAt,
      command: records[index]!.command,
      durationSeconds: summary.durationSeconds,
      requests: summary.load.requests,
      requestsPerSecond: summary.load.requestsPerSecond,
      errorPercent: summary.load.errorPercent,
      endpoints: endpointsOf(summary),
    })),
  });
  const file = baselinePath(name, directory);
  await mkdir(directory, { recursive: true });
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return file;
}
