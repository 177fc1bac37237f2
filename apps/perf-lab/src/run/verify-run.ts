import { existsSync } from 'node:fs';
import { SummarySchema } from '../analysis/summary-schema.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { checkReport } from '../report/check-report.ts';
import { readJson } from './load-run-data.ts';
import { runFiles } from './run-files.ts';

/**
 * `perf-lab verify <run-dir>`, what CI runs after the smoke test: summary.json is well-formed and the run valid, and
 * report.html opens offline in Chromium and draws every chart. An SLO breach is reported but is the run's own verdict.
 */
export async function verifyRun(runDir: string, print: (lines: string[]) => void): Promise<number> {
  const files = runFiles(runDir);
  if (!existsSync(files.summary) || !existsSync(files.report)) {
    print([`verify: ${runDir} has no summary.json or report.html: the run did not finish`]);
    return exitCodes.error;
  }
  const parsed = SummarySchema.safeParse(await readJson(files.summary));
  if (!parsed.success) {
    print([`verify: summary.json is malformed: ${parsed.error.message}`]);
    return exitCodes.error;
  }
  const problems = await checkReport(files.report);
  const summary = parsed.data;
  print([
    `verify ${summary.runId}: ${summary.verdict}, ${summary.load.requests} requests, ${summary.valid ? 'valid' : `INVALID (${summary.invalidReasons.join('; ')})`}`,
    problems.length === 0 ? '  report.html: opens offline, every chart drawn' : `  report.html is broken: ${problems.join('; ')}`,
  ]);
  if (problems.length > 0) return exitCodes.error;
  return summary.valid ? exitCodes.pass : exitCodes.invalid;
}
