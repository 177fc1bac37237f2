/**
 * The benchmark command: the built API side by side with its controls, in one run, per /work/shared/PERFORMANCE.md.
 * Usage (after `nx run api:build`): tsx --tsconfig tsconfig.base.json tools/bench/run-bench.ts [--quick]
 * Prints a Markdown table; writes perf-results/<timestamp>-bench/results.json and the logs of every process it ran.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { readBenchSettings } from './bench-settings.ts';
import { cleanUpOnSignals, onCleanup, readMachineFacts, runCleanup } from '@brisk/shared-util-lab';
import { readWrkVersion } from './load/run-wrk.ts';
import { computeHeadlines } from './report/headlines.ts';
import { renderMarkdown } from './report/render-markdown.ts';
import { summarizeScenario } from './report/summarize.ts';
import { writeResults } from './report/write-results.ts';
import { buildScenarios } from './rounds/build-scenarios.ts';
import { runRounds } from './rounds/run-rounds.ts';
import { isRedisReachable } from './setup/redis-reachable.ts';
import { startBoardLab } from './setup/start-board-lab.ts';
import { startCorpusLab } from './setup/start-corpus-lab.ts';

function prepareRunDirs(repoRoot: string, startedAt: Date) {
  const runDir = path.join(repoRoot, 'perf-results', `${startedAt.toISOString().replace(/[:.]/g, '-')}-bench`);
  const logDir = path.join(runDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'brisk-bench-'));
  onCleanup('remove temporary data', async () => rmSync(workDir, { recursive: true, force: true }));
  return { runDir, logDir, workDir };
}

function readAutocannonVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('autocannon/package.json'), 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const settings = readBenchSettings(process.argv.slice(2), process.env);
  if (!existsSync(settings.apiEntry)) throw new Error(`${settings.apiEntry} is missing: run \`npx nx run api:build\` first`);
  // Before anything is seeded or started: A–D need wrk, and there is no fallback.
  const generators = {
    wrk: `${readWrkVersion().replace(/^wrk /, '')} (A–D, -t1)`,
    autocannon: `${readAutocannonVersion()} (closed loop, E–G)`,
    'paced driver': `bare sockets on Node ${process.version} (open loop)`,
  };
  cleanUpOnSignals('the bench');
  const deadline = Date.now() + settings.deadlineMs;
  // The rounds stop themselves at the deadline; this catches a setup step that hangs.
  setTimeout(() => {
    console.error('The bench overran its deadline: cleaning up and exiting.');
    void runCleanup().finally(() => process.exit(1));
  }, settings.deadlineMs + 60_000).unref();
  const startedAt = new Date();
  const machine = readMachineFacts(settings.repoRoot);
  const { runDir, logDir, workDir } = prepareRunDirs(settings.repoRoot, startedAt);
  const redisReachable = await isRedisReachable(settings.redisUrl);
  if (!redisReachable) console.error(`Redis at ${settings.redisUrl} is unreachable: scenario E is skipped.`);
  const context = { settings, workDir, logDir, runId: `${Date.now().toString(36)}-${process.pid}`, redisReachable };

  console.error('Seeding and starting the board lab (SQLite)…');
  const board = await startBoardLab(context);
  console.error('Seeding and starting the corpus lab (PostgreSQL)…');
  const corpus = await startCorpusLab(context);
  const scenarios = buildScenarios(board, corpus, settings);
  const { outcomes, complete } = await runRounds(scenarios, settings, deadline);

  const summaries = scenarios.map((scenario) => summarizeScenario(scenario, outcomes.get(scenario.id) ?? []));
  const report = {
    command: `npm exec -- tsx --tsconfig tsconfig.base.json tools/bench/run-bench.ts${settings.mode === 'quick' ? ' --quick' : ''}`,
    settings,
    machine: { ...machine, loadAverage: { ...machine.loadAverage, end: os.loadavg()[0]! } },
    complete,
    generators,
    scenarios: summaries,
    headlines: computeHeadlines(outcomes, new Map(summaries.map((summary) => [summary.id, summary]))),
  };
  console.log(renderMarkdown(report));
  const file = writeResults(runDir, {
    ...report,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    dataset: {
      board: { cards: board.seed.cardsInserted, response: board.response, seedCardsPerSecond: board.seed.cardsPerSecond },
      corpus: { cards: corpus.seed.cardsInserted, seedCardsPerSecond: corpus.seed.cardsPerSecond, searchPaths: corpus.searchPaths },
    },
    runs: Object.fromEntries(outcomes),
  });
  console.error(`Results: ${path.relative(settings.repoRoot, file)}`);
}

main().then(
  () => runCleanup().finally(() => process.exit(0)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    void runCleanup().finally(() => process.exit(1));
  },
);
