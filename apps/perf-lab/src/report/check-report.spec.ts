import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFiles } from '../run/run-files.ts';
import { writeRunOutputs } from '../run/write-run-outputs.ts';
import { checkReport } from './check-report.ts';

// The report of a real smoke run (test-support/smoke-run), opened in the system Chromium.
const fixtureDir = fileURLToPath(new URL('../test-support/smoke-run/', import.meta.url));
let runDir: string;
let report: string;

beforeAll(async () => {
  runDir = await mkdtemp(path.join(os.tmpdir(), 'perf-lab-report-'));
  await cp(fixtureDir, runDir, { recursive: true });
  await writeRunOutputs(runDir);
  report = await readFile(runFiles(runDir).report, 'utf8');
});

afterAll(() => rm(runDir, { recursive: true, force: true }));

async function checkVariant(html: string): Promise<string[]> {
  const file = path.join(runDir, 'variant.html');
  await writeFile(file, html);
  return checkReport(file);
}

// Each test launches Chromium: seconds on a busy CI box, not the default 5.
describe('checkReport (Chromium, network cut off)', { timeout: 30_000 }, () => {
  it('when a run report is opened from disk, then every chart is drawn and nothing is fetched', async () => {
    expect(await checkReport(runFiles(runDir).report)).toEqual([]);
  });

  it('when the report would fetch something, then that is a problem', async () => {
    const problems = await checkVariant(report.replace('</body>', '<img src="https://cdn.example.com/pixel.png"></body>'));

    expect(problems).toContainEqual(expect.stringContaining('requested https://cdn.example.com/pixel.png'));
  });

  it('when the chart library is missing, then the script error and the undrawn charts are reported', async () => {
    const withoutUplot = report.replace(/<script>[^<]*uPlot[\s\S]*?<\/script>\n<script>/, '<script>');
    const problems = await checkVariant(withoutUplot);

    expect(withoutUplot.length).toBeLessThan(report.length - 10_000);
    expect(problems.some((problem) => problem.startsWith('script error'))).toBe(true);
    expect(problems).toContainEqual(expect.stringMatching(/^0 of \d+ charts were drawn$/));
  });
});
