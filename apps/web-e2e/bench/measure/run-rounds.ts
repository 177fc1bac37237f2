import { isCleaningUp } from '@brisk/shared-util-lab';
import { pageNames } from '../report/page-names.ts';
import type { BenchRuns, BoardRunFigures, LoadFigures, RunOutcome } from '../report/run-figures.ts';

export interface BenchPages {
  small: () => Promise<BoardRunFigures>;
  large: () => Promise<BoardRunFigures>;
  control: () => Promise<LoadFigures>;
}

/** A run that fails is kept with its error and the bench goes on; the report lists it. */
async function runOnce<Figures extends LoadFigures>(
  round: number,
  runs: number,
  page: keyof BenchPages,
  measure: () => Promise<Figures>,
): Promise<RunOutcome<Figures>> {
  // A signal has stopped the browser and the servers: what is left would only fail.
  if (isCleaningUp()) throw new Error('stopped before the end: cleanup has begun');
  const warmup = round === 0;
  const outcome: RunOutcome<Figures> = await measure().then(
    (figures) => ({ round, warmup, figures }),
    (error: unknown) => ({ round, warmup, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
  const what = outcome.figures
    ? `interactive in ${outcome.figures.interactiveMs.toFixed(0)} ms`
    : `FAILED: ${outcome.error?.split('\n')[0]}`;
  console.error(`${warmup ? 'warm-up' : `round ${round}/${runs}`}, ${pageNames[page]}: ${what}`);
  return outcome;
}

/**
 * Round 0 warms every page up (Chromium, the API's caches, the file cache) and is not counted; then `runs` rounds, each
 * measuring the three pages back to back, so the shared machine's noise falls on all three alike.
 */
export async function runRounds(runs: number, pages: BenchPages): Promise<BenchRuns> {
  const results: BenchRuns = { small: [], large: [], control: [] };
  for (let round = 0; round <= runs; round++) {
    results.small.push(await runOnce(round, runs, 'small', pages.small));
    results.large.push(await runOnce(round, runs, 'large', pages.large));
    results.control.push(await runOnce(round, runs, 'control', pages.control));
  }
  return results;
}
