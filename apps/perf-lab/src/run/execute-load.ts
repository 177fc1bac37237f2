import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import { slo } from '@brisk/shared-contracts';
import { onCleanup } from '@brisk/shared-util-lab';
import type { PhaseEvent } from '../artillery/phase-events.ts';
import { runArtillery } from '../artillery/run-artillery.ts';
import type { TargetOptions } from '../cli/parse-cli.ts';
import { startLiveProgress } from '../progress/live-progress.ts';
import { startDelayingProxy } from '../proxy/delaying-proxy.ts';
import { type GeneratorSample, type GeneratorSampler, startGeneratorSampler } from '../sampling/generator-sampler.ts';
import { startServerSampler } from '../sampling/server-sampler.ts';
import type { ArtilleryFiles } from '../scenarios/artillery-files.ts';
import { composeScript } from '../scenarios/compose-script.ts';
import { createRunDir } from './create-run-dir.ts';
import { readMachineFacts } from './machine-facts.ts';
import { prepareTarget } from './prepare-target.ts';
import { runFiles } from './run-files.ts';
import type { RunRecord } from './run-record.ts';

const artilleryVersion = (createRequire(import.meta.url)('artillery/package.json') as { version: string }).version;

// After the last phase Artillery lets every session finish its round (up to ~20 s of think time) and then reports.
const drainSeconds = 90;

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value)}\n`);
}

/** Watches a run as it goes and may end it early (capacity stops at the first step that breaks its objective). */
export interface LoadWatcher {
  onPhase(event: PhaseEvent): void;
  stop(): void;
}

export interface WatchContext {
  latencyDir: string;
  /** The load generator's CPU samples so far. */
  generatorSamples: () => readonly GeneratorSample[];
  endEarly: () => Promise<void>;
}

export interface LoadPlan {
  scenario: RunRecord['scenario'];
  files: ArtilleryFiles;
  options: TargetOptions & { durationSeconds?: number | undefined; slowdownPercent?: number | undefined };
  argv: readonly string[];
  watch?: (context: WatchContext) => LoadWatcher;
}

/**
 * One load from start to raw files: the target made ready (built, seeded, started, or a running deployment), the
 * optional delaying proxy, Artillery with the live progress line, and the server and generator sampled every second.
 * Leaves run.json, the samples, the latency lines and (when Artillery finished on its own) its JSON in the run directory.
 */
export async function executeLoad(plan: LoadPlan): Promise<{ runDir: string }> {
  const { options } = plan;
  const { runId, runDir } = await createRunDir(plan.scenario);
  const files = runFiles(runDir);
  process.stderr.write(`perf-lab: run ${runId}\n`);
  const prepared = await prepareTarget(options, runId, files.apiLog);
  const proxy = options.slowdownPercent === undefined ? undefined : await startDelayingProxy(prepared.origin, options.slowdownPercent);
  if (proxy) {
    onCleanup('stop the delaying proxy', () => proxy.close());
    process.stderr.write(`perf-lab: load goes through a proxy that slows every response by ${options.slowdownPercent}% (${proxy.origin} → ${prepared.origin})\n`);
  }
  const composed = composeScript(plan.files, {
    target: proxy?.origin ?? prepared.origin,
    seedUsers: options.seed.users,
    durationSeconds: options.durationSeconds,
    objectives: slo,
  });
  await writeFile(files.script, `${JSON.stringify(composed.script, null, 2)}\n`);

  const record: RunRecord = {
    schemaVersion: 1,
    runId,
    scenario: plan.scenario,
    startedAt: new Date().toISOString(),
    command: [...plan.argv],
    target: { ...prepared.target, ...(options.slowdownPercent === undefined ? {} : { slowdownPercent: options.slowdownPercent }) },
    seed: {
      users: options.seed.users,
      ...(prepared.target.startedByPerfLab ? { boards: options.seed.boards, cardsPerBoard: options.seed.cards } : {}),
      ...(prepared.seedResult ? { cardsInserted: prepared.seedResult.cardsInserted, cardsPerSecond: prepared.seedResult.cardsPerSecond } : {}),
    },
    runSeconds: composed.runSeconds,
    phases: composed.phases,
    phaseEvents: [],
    artillery: { version: artilleryVersion },
    machine: readMachineFacts(),
  };

  const server = startServerSampler(prepared.origin, process.env['BRISK_METRICS_TOKEN']);
  const progress = startLiveProgress({ scenario: plan.scenario, totalSeconds: composed.runSeconds, latencyDir: files.latencyDir, server });
  // The generator is sampled once Artillery has a pid, which is after the watcher must exist.
  const sampling: { generator?: GeneratorSampler } = {};
  const watcher = plan.watch?.({ latencyDir: files.latencyDir, generatorSamples: () => sampling.generator?.samples() ?? [], endEarly: () => artillery.stop() });
  const artillery = runArtillery({
    scriptFile: files.script,
    reportFile: files.artilleryReport,
    logFile: files.artilleryLog,
    latencyDir: files.latencyDir,
    deadlineSeconds: composed.runSeconds + drainSeconds,
    onPhase: (event) => {
      progress.onPhase(event);
      watcher?.onPhase(event);
    },
  });
  onCleanup('stop Artillery', async () => {
    progress.stop();
    watcher?.stop();
    await artillery.stop();
  });
  const generator = startGeneratorSampler(artillery.pid);
  sampling.generator = generator;
  progress.watchGenerator(generator);
  try {
    record.artillery.exitCode = await artillery.finished;
  } catch (error) {
    record.artillery.error = error instanceof Error ? error.message : String(error);
  } finally {
    progress.stop();
    watcher?.stop();
    record.phaseEvents = artillery.phaseEvents;
    await writeJson(files.generatorSamples, generator.stop());
    await writeJson(files.serverSamples, server.stop());
    await writeFile(files.record, `${JSON.stringify(record, null, 2)}\n`);
  }
  if (record.artillery.error) throw new Error(`${record.artillery.error}; see ${files.artilleryLog}`);
  return { runDir };
}
