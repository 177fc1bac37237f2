import { exitCodes } from '../cli/exit-codes.ts';
import type { CompareCommand } from '../cli/parse-cli.ts';
import { compareRuns, defaultCompareOptions } from './compare-runs.ts';
import { describeComparison } from './describe-comparison.ts';
import { NotComparableError, readRunSet, type RunSet } from './run-sets.ts';

function describeSetUp(set: RunSet): string {
  const { database, redis, slowdownPercent } = set.target;
  return `${database}${redis ? ' + Redis' : ''}${slowdownPercent === undefined ? '' : `, through a ${slowdownPercent}% delaying proxy`}`;
}

function describeMachine(set: RunSet): string {
  return `${set.machine.cores} × ${set.machine.cpuModel}, Node ${set.machine.node}`;
}

/** `perf-lab compare`: prints the table and returns the exit code (1 on a regression, 2 when not comparable). */
export async function compareCommand(command: CompareCommand, print: (lines: string[]) => void): Promise<number> {
  let candidate: RunSet;
  let baseline: RunSet;
  try {
    [candidate, baseline] = await Promise.all([readRunSet(command.candidate), readRunSet(command.baseline)]);
  } catch (error) {
    if (!(error instanceof NotComparableError)) throw error;
    print([`not comparable: ${error.message}`]);
    return exitCodes.invalid;
  }
  const lines = [`compare ${candidate.scenario}: ${candidate.label} (${describeSetUp(candidate)})`, `     against ${baseline.label} (${describeSetUp(baseline)})`];
  if (candidate.scenario !== baseline.scenario) {
    print([...lines, `not comparable: scenario ${candidate.scenario} against ${baseline.scenario}`]);
    return exitCodes.invalid;
  }
  const invalid = [...candidate.invalidRuns, ...baseline.invalidRuns];
  if (invalid.length > 0) {
    print([...lines, `not comparable: the load generator saturated in ${invalid.join(', ')}; those figures say nothing about Brisk`]);
    return exitCodes.invalid;
  }
  if (describeMachine(candidate) !== describeMachine(baseline)) {
    lines.push(`warning: other machine (${describeMachine(candidate)} against ${describeMachine(baseline)}): a change may be the box's`);
  }
  if (describeSetUp(candidate) !== describeSetUp(baseline)) lines.push('warning: the set-ups differ (see above)');
  if (JSON.stringify(candidate.seed) !== JSON.stringify(baseline.seed)) {
    lines.push(`warning: other seed sizes (${JSON.stringify(candidate.seed)} against ${JSON.stringify(baseline.seed)}): more data is slower data`);
  }
  const durations = [candidate.meanDurationSeconds, baseline.meanDurationSeconds];
  if (Math.max(...durations) > 1.2 * Math.min(...durations)) {
    lines.push(`warning: runs of other lengths (${durations.map((seconds) => `${Math.round(seconds)} s`).join(' against ')}): warm-up weighs differently`);
  }
  if (candidate.runs.length === 1 && baseline.runs.length === 1) {
    lines.push('warning: one run on each side: run-to-run noise is not measured, so the intervals are too narrow; use a baseline of 3 runs');
  }
  const options = { ...defaultCompareOptions, thresholdPercent: command.thresholdPercent };
  const rows = compareRuns(baseline.runs, candidate.runs, options);
  const regressions = rows.filter((row) => row.verdict === 'regression').map((row) => row.request);
  print([
    ...lines,
    ...describeComparison(rows, options.confidencePercent),
    regressions.length > 0
      ? `REGRESSION: ${regressions.join(', ')} slower by ${options.thresholdPercent}% or more, beyond the noise`
      : `no regression of ${options.thresholdPercent}% or more beyond the noise (${rows.filter((row) => row.verdict !== 'too-few').length} requests judged)`,
  ]);
  return regressions.length > 0 ? exitCodes.sloBreach : exitCodes.pass;
}
