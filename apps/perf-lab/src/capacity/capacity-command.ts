import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exitCodes } from '../cli/exit-codes.ts';
import type { CapacityCommand } from '../cli/parse-cli.ts';
import { buildTimeCharts } from '../report/chart-data.ts';
import { executeLoad } from '../run/execute-load.ts';
import { runFiles } from '../run/run-files.ts';
import { readArtilleryFiles } from '../scenarios/artillery-files.ts';
import { workspacePaths } from '../workspace-paths.ts';
import { buildCapacity, capacityStartAt, loadCapacityData } from './build-capacity.ts';
import { CapacityResultSchema, type CapacityResult } from './capacity-result.ts';
import type { CapacitySlo } from './capacity-slo.ts';
import { planCapacitySteps } from './capacity-steps.ts';
import { watchCapacitySteps } from './capacity-watcher.ts';
import { describeCapacity } from './describe-capacity.ts';
import { renderCapacityReport } from './render-capacity.ts';

// Long enough that no session ends on its own: users stay until the run's deadline ends them.
const sessionIterations = 100_000;

function log(message: string): void {
  process.stderr.write(`perf-lab: ${message}\n`);
}

/** capacity.json and report.html of a capacity run, from its raw files: at the end of the run and by `perf-lab report`. */
export async function writeCapacityOutputs(runDir: string, slo: CapacitySlo): Promise<CapacityResult> {
  const data = await loadCapacityData(runDir);
  const result = CapacityResultSchema.parse(buildCapacity(data, slo));
  const timeCharts = buildTimeCharts({ startAt: capacityStartAt(data), latency: data.latency, users: undefined, server: data.server, generator: data.generator, cores: data.record.machine.cores });
  await writeFile(path.join(runDir, 'capacity.json'), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(runFiles(runDir).report, renderCapacityReport(result, slo, timeCharts));
  return result;
}

export function capacityExitCode(result: CapacityResult): number {
  if (result.outcome === 'knee' || result.outcome === 'held-to-max') return exitCodes.pass;
  return result.outcome === 'fails-at-first-step' ? exitCodes.sloBreach : exitCodes.invalid;
}

/** `perf-lab capacity`: steps the load up until the objective breaks, and reports the last step that held. */
export async function capacityCommand(command: CapacityCommand, argv: readonly string[], print: (lines: string[]) => void): Promise<number> {
  const phases = planCapacitySteps(command.steps);
  const files = await readArtilleryFiles(workspacePaths.artilleryDir, { config: { phases, variables: { sessionIterations } } });
  log(`capacity: ${phases.length} steps of ${command.steps.stepSeconds} s, ${command.steps.startUsers} to ${phases.at(-1)?.maxVusers} users, objective "${command.slo.text}"`);
  const { runDir } = await executeLoad({
    scenario: 'capacity',
    files,
    options: command,
    argv,
    watch: (context) => watchCapacitySteps(context, phases, command.slo, log),
  });
  const result = await writeCapacityOutputs(runDir, command.slo);
  print([...describeCapacity(result), `  report: ${runFiles(runDir).report}`]);
  return capacityExitCode(result);
}
