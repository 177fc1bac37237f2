import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import { slo } from '@brisk/shared-contracts';
import type { Summary } from '../analysis/summary-schema.ts';
import { runArtillery } from '../artillery/run-artillery.ts';
import type { RunCommand } from '../cli/parse-cli.ts';
import { startLiveProgress } from '../progress/live-progress.ts';
import { startGeneratorSampler } from '../sampling/generator-sampler.ts';
import { startServerSampler } from '../sampling/server-sampler.ts';
import { readArtilleryFiles } from '../scenarios/artillery-files.ts';
import { composeScript } from '../scenarios/compose-script.ts';
import { startDelayingProxy } from '../proxy/delaying-proxy.ts';
import { workspacePaths } from '../workspace-paths.ts';
import { onCleanup } from '@brisk/shared-util-lab';
import { createRunDir } from './create-run-dir.ts';
import { readMachineFacts } from './machine-facts.ts';
import { prepareTarget } from './prepare-target.ts';
import { runFiles } from './run-files.ts';
import type { RunRecord } from './run-record.ts';
import { writeRunOutputs } from './write-run-outputs.ts';

const artilleryVersion = (createRequire(import.meta.url)('artillery/package.json') as { version: string }).version;

// After the last phase Artillery lets every session finish its round (up to ~20 s of think time) and then reports.
const drainSeconds = 90;

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value)}\n`);
}

/** One scenario from start to report; returns the summary, or throws when the run could not be carried out. */
export async function runScenario(command: RunCommand, argv: readonly string[]): Promise<{ summary: Summary; runDir: string }> {
  const { runId, runDir } = await createRunDir(command.scenario);
  const files = runFiles(runDir);
  process.stderr.write(`perf-lab: run ${runId}\n`);
  const prepared = await prepareTarget(command, runId, files.apiLog);
  const proxy = command.slowdownPercent === undefined ? undefined : await startDelayingProxy(prepared.origin, command.slowdownPercent);
  if (proxy) {
    onCleanup('stop the delaying proxy', () => proxy.close());
    process.stderr.write(`perf-lab: load goes through a proxy that slows every response by ${command.slowdownPercent}% (${proxy.origin} → ${prepared.origin})\n`);
  }
  const artilleryFiles = await readArtilleryFiles(workspacePaths.artilleryDir, command.scenario);
  const composed = composeScript(artilleryFiles, {
    target: proxy?.origin ?? prepared.origin,
    seedUsers: command.seed.users,
    durationSeconds: command.durationSeconds,
    objectives: slo,
  });
  await writeFile(files.script, `${JSON.stringify(composed.script, null, 2)}\n`);

  const record: RunRecord = {
    schemaVersion: 1,
    runId,
    scenario: command.scenario,
    startedAt: new Date().toISOString(),
    command: [...argv],
    target: { ...prepared.target, ...(command.slowdownPercent === undefined ? {} : { slowdownPercent: command.slowdownPercent }) },
    seed: {
      users: command.seed.users,
      ...(prepared.target.startedByPerfLab ? { boards: command.seed.boards, cardsPerBoard: command.seed.cards } : {}),
      ...(prepared.seedResult ? { cardsInserted: prepared.seedResult.cardsInserted, cardsPerSecond: prepared.seedResult.cardsPerSecond } : {}),
    },
    runSeconds: composed.runSeconds,
    phases: composed.phases,
    phaseEvents: [],
    artillery: { version: artilleryVersion },
    machine: readMachineFacts(),
  };

  const server = startServerSampler(prepared.origin, process.env['BRISK_METRICS_TOKEN']);
  const progress = startLiveProgress({ scenario: command.scenario, totalSeconds: composed.runSeconds, latencyDir: files.latencyDir, server });
  const artillery = runArtillery({
    scriptFile: files.script,
    reportFile: files.artilleryReport,
    logFile: files.artilleryLog,
    latencyDir: files.latencyDir,
    deadlineSeconds: composed.runSeconds + drainSeconds,
    onPhase: (event) => progress.onPhase(event),
  });
  onCleanup('stop Artillery', async () => {
    progress.stop();
    await artillery.stop();
  });
  const generator = startGeneratorSampler(artillery.pid);
  progress.watchGenerator(generator);
  try {
    record.artillery.exitCode = await artillery.finished;
  } catch (error) {
    record.artillery.error = error instanceof Error ? error.message : String(error);
  } finally {
    progress.stop();
    record.phaseEvents = artillery.phaseEvents;
    await writeJson(files.generatorSamples, generator.stop());
    await writeJson(files.serverSamples, server.stop());
    await writeFile(files.record, `${JSON.stringify(record, null, 2)}\n`);
  }
  if (record.artillery.error) throw new Error(`${record.artillery.error}; see ${files.artilleryLog}`);
  return { summary: await writeRunOutputs(runDir), runDir };
}
