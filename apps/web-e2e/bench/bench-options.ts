import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Measured runs per page, after one warm-up run each. */
  runs: number;
  repoRoot: string;
  apiEntry: string;
  webIndex: string;
  /** Where the data directories, the logs and results.json of this run go (tmp/ is not committed). */
  runDir: string;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Usage: run-browser-bench.ts [--runs N], N from 1 to 50 (default 5). */
export function readBenchOptions(args: string[], startedAt: Date): BenchOptions {
  const { values } = parseArgs({ args, strict: true, options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
    throw new RangeError(`--runs must be an integer from 1 to 50, got ${values.runs}`);
  }
  return {
    runs,
    repoRoot,
    apiEntry: path.join(repoRoot, 'dist/apps/api/main.js'),
    webIndex: path.join(repoRoot, 'dist/apps/web/index.html'),
    runDir: path.join(repoRoot, 'tmp/browser-bench', startedAt.toISOString().replace(/[:.]/g, '-')),
  };
}
