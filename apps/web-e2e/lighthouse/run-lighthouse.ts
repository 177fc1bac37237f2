/**
 * Lighthouse CI on the production build, as one command: `npx nx run web-e2e:lighthouse` (builds the api and web first).
 * Starts the built API on a fresh SQLite under tmp/lighthouse/<run>/ with the demo seed, signs in as the demo user, runs
 * `lhci collect` (5 runs a page) on the boards list and the 500-card demo board with the desktop preset and with
 * Lighthouse's default mobile emulation, in the system Chromium, then `lhci assert` on the medians (lighthouse-targets.ts).
 * Prints the medians with the date, machine and commit, then the verdicts, and exits 1 when a target is missed.
 * A benchmark of the dev box, not a gate: CI does not run it (PERFORMANCE.md rule 4). Reports stay in the run folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { cleanUpOnSignals, readMachineFacts, runCleanup, spreadOf } from '@brisk/shared-util-lab';
import { startDemoSession, type DemoSession } from './demo-session.ts';
import { lhciConfig } from './lhci-config.ts';
import { chromePath, formFactors, numberOfRuns, pagesToMeasure, type FormFactorName, type Page } from './lighthouse-settings.ts';
import { targets } from './lighthouse-targets.ts';
import { readAssertionResults, readLighthouseResults } from './read-lhci-output.ts';
import { renderFacts, renderMedians, renderVerdicts } from './render-results.ts';
import { runLhci } from './run-lhci.ts';
import { summarizePage, verdictsOf } from './summarize-runs.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

async function measure(runDir: string, formFactor: FormFactorName, pages: Page[], session: DemoSession) {
  const dir = path.join(runDir, formFactor);
  mkdirSync(dir, { recursive: true });
  const rcFile = path.join(dir, 'lighthouserc.json');
  writeFileSync(rcFile, `${JSON.stringify(lhciConfig(formFactor, pages, session), null, 2)}\n`);
  process.stdout.write(`\n${formFactor}:\n`);
  const collected = await runLhci('collect', dir, rcFile);
  if (collected !== 0) throw new Error(`lhci collect (${formFactor}) exited with ${collected}`);
  const asserted = await runLhci('assert', dir, rcFile, path.join(dir, 'assert.log'));
  const lhrs = readLighthouseResults(dir);
  return {
    asserted,
    lighthouse: lhrs[0]?.lighthouseVersion ?? 'unknown',
    summaries: pages.map((page) => summarizePage(page, formFactor, session.origin, lhrs)),
    benchmarkIndexes: lhrs.map((lhr) => lhr.environment.benchmarkIndex),
    verdicts: verdictsOf(formFactor, readAssertionResults(dir), pages, Object.keys(targets[formFactor]), session.origin),
  };
}

async function main(): Promise<number> {
  const started = Date.now();
  const runDir = path.join(repoRoot, 'tmp/lighthouse', new Date().toISOString().slice(0, 19).replaceAll(':', '-'));
  mkdirSync(runDir, { recursive: true });
  const machine = readMachineFacts(repoRoot);
  const session = await startDemoSession(repoRoot, runDir);
  const pages = pagesToMeasure(session.boardId, session.cardCount);
  const measured: Awaited<ReturnType<typeof measure>>[] = [];
  for (const formFactor of formFactors) measured.push(await measure(runDir, formFactor, pages, session));

  const lhciVersion = (createRequire(import.meta.url)('@lhci/cli/package.json') as { version: string }).version;
  const chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const summaries = pages.flatMap((page) => measured.flatMap((result) => result.summaries.filter((summary) => summary.page === page)));
  const verdicts = measured.flatMap((result) => result.verdicts);
  const lines = [
    ...renderFacts({
      machine: { ...machine, loadAverage: { ...machine.loadAverage, end: os.loadavg()[0]! } },
      lighthouse: `Lighthouse ${measured[0]?.lighthouse} (@lhci/cli ${lhciVersion})`,
      chromium,
      runs: numberOfRuns,
      benchmarkIndex: spreadOf(measured.flatMap((result) => result.benchmarkIndexes)),
    }),
    '',
    ...renderMedians(summaries),
    '',
    ...renderVerdicts(verdicts),
    '',
    `Took ${Math.round((Date.now() - started) / 1000)} s. Reports: ${path.relative(repoRoot, runDir)}/<form factor>/.lighthouseci/*.html`,
  ];
  writeFileSync(path.join(runDir, 'summary.md'), `${lines.join('\n')}\n`);
  process.stdout.write(`\n${lines.join('\n')}\n`);
  const missed = measured.some((result) => result.asserted !== 0) || verdicts.some((verdict) => !verdict.passed);
  return missed ? 1 : 0;
}

cleanUpOnSignals('the Lighthouse run');
try {
  process.exitCode = await main();
} catch (error) {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await runCleanup();
}
