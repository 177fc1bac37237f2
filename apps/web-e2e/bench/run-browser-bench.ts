/**
 * The browser benchmark: the built SPA on a 500-card and a 5,000-card board, beside a static list of the same 5,000
 * cards, in Chromium, per /work/shared/PERFORMANCE.md (rule 10). Usage, after building api and web (the nx target
 * `web-e2e:bench` does both): TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx apps/web-e2e/bench/run-browser-bench.ts
 * [--runs N]. Not through the tsx CLI: on Ctrl-C it kills its child unless the child answers within 30 ms, and on a busy
 * machine that child is killed before it can stop Chromium and the servers.
 * Prints a Markdown report; writes tmp/browser-bench/<timestamp>/results.json with every run's figures and the API logs.
 * Exits 0 when it measured (targets met or not: it is a benchmark, not a gate), 1 when a page could not be measured.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumLaunch, cleanUpOnSignals, onCleanup, readMachineFacts, runCleanup } from '@brisk/shared-util-lab';
import { chromium } from '@playwright/test';
import { readBenchOptions } from './bench-options.ts';
import { bundleProbes } from './browser/bundle-probes.ts';
import { viewport } from './browser/open-bench-page.ts';
import { renderStaticList } from './control/render-static-list.ts';
import { measureBoardRun } from './measure/measure-board-run.ts';
import { measureControlRun } from './measure/measure-control-run.ts';
import { runRounds } from './measure/run-rounds.ts';
import { judgeTargets } from './report/judge-targets.ts';
import { renderReport } from './report/render-report.ts';
import { summarizeBench } from './report/summarize-bench.ts';
import { readBoard } from './setup/read-board.ts';
import { startBoardServer } from './setup/start-board-server.ts';

async function main(): Promise<number> {
  const startedAt = new Date();
  const options = readBenchOptions(process.argv.slice(2), startedAt);
  for (const file of [options.apiEntry, options.webIndex]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build the api and web first (nx run web-e2e:bench does)`);
  }
  cleanUpOnSignals('the browser bench');
  mkdirSync(options.runDir, { recursive: true });
  const machine = readMachineFacts(options.repoRoot);

  console.error('Seeding the 500-card and 5,000-card boards and starting the API on each…');
  const small = await startBoardServer(500, options);
  const large = await startBoardServer(5_000, options);
  const largeBoard = await readBoard(large);
  const control = {
    html: renderStaticList(largeBoard),
    cards: largeBoard.columns.reduce((sum, column) => sum + column.cards.length, 0),
  };
  // The run's cleanup closes Chromium on a signal; Playwright's own handlers would exit the process before the rest of it.
  const browser = await chromium.launch({ ...chromiumLaunch(), handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  onCleanup('close Chromium', () => browser.close());
  const probes = bundleProbes();

  const runs = await runRounds(options.runs, {
    small: () => measureBoardRun(browser, small, probes),
    large: () => measureBoardRun(browser, large, probes),
    control: () => measureControlRun(browser, large, probes, control),
  });
  const summary = summarizeBench(runs);
  const report = {
    command: `npx nx run web-e2e:bench${options.runs === 5 ? '' : ` --runs ${options.runs}`}`,
    machine: { ...machine, loadAverage: { ...machine.loadAverage, end: os.loadavg()[0]! }, chromium: browser.version() },
    runs: options.runs,
    viewport,
    summary,
    verdicts: judgeTargets(summary),
  };
  process.stdout.write(`${renderReport(report)}\n`);
  const file = path.join(options.runDir, 'results.json');
  writeFileSync(file, `${JSON.stringify({ ...report, startedAt, finishedAt: new Date(), perRun: runs }, null, 2)}\n`);
  console.error(`Results: ${path.relative(options.repoRoot, file)}`);
  return Object.values(summary.measured).every((count) => count > 0) ? 0 : 1;
}

main().then(
  (exitCode) => runCleanup().finally(() => process.exit(exitCode)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    void runCleanup().finally(() => process.exit(1));
  },
);
