import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { workspacePaths } from '../workspace-paths.ts';

/** perf-results/<ISO timestamp>-<scenario>/, git-ignored; the timestamp sorts runs in the order they were made. */
export async function createRunDir(scenario: string, now = new Date()): Promise<{ runId: string; runDir: string }> {
  const runId = `${now.toISOString().replace(/[:.]/g, '-')}-${scenario}`;
  const runDir = path.join(workspacePaths.resultsDir, runId);
  await mkdir(path.join(runDir, 'latency'), { recursive: true });
  return { runId, runDir };
}
