import { writeFile } from 'node:fs/promises';
import { buildSummary } from '../analysis/build-summary.ts';
import { SummarySchema, type Summary } from '../analysis/summary-schema.ts';
import { buildCharts } from '../report/chart-data.ts';
import { renderReport } from '../report/render-report.ts';
import { loadRunData } from './load-run-data.ts';
import { runFiles } from './run-files.ts';

/** summary.json and report.html from a run directory's raw files: at the end of a run, and by `perf-lab report`. */
export async function writeRunOutputs(runDir: string): Promise<Summary> {
  const data = await loadRunData(runDir);
  const summary = SummarySchema.parse(buildSummary(data));
  const files = runFiles(runDir);
  await writeFile(files.summary, `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(files.report, renderReport(summary, buildCharts(data)));
  return summary;
}
