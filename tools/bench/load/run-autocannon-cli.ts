import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadSample } from './load-sample.ts';
import type { LoadShape, MeasuredRun } from './measured-run.ts';
import { runGenerator } from './run-generator.ts';

const require = createRequire(import.meta.url);
const cliPath = path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');

interface CliResult {
  duration: number;
  errors: number;
  non2xx: number;
  requests: { total: number };
  latency: { p50: number; p99: number };
  statusCodeStats?: Record<string, { count: number }>;
}

function toSample(result: CliResult): LoadSample {
  return {
    requests: result.requests.total,
    durationSeconds: result.duration,
    requestsPerSecond: result.requests.total / result.duration,
    latencyMs: { p50: result.latency.p50, p95: null, p99: result.latency.p99, resolutionMs: 1 },
    errors: result.errors,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count])),
  };
}

/** One GET, the same every time, through the autocannon CLI (`--json`) in its own process. */
export async function runAutocannonCli(url: string, headers: Record<string, string>, shape: LoadShape): Promise<MeasuredRun> {
  const args = [
    cliPath,
    '--json',
    '--connections', String(shape.connections),
    '--duration', String(shape.durationSeconds),
    '--pipelining', String(shape.pipelining),
    ...Object.entries(headers).flatMap(([name, value]) => ['--headers', `${name}=${value}`]),
    url,
  ];
  const run = await runGenerator(args, (shape.durationSeconds + 30) * 1000);
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  return { ...toSample(JSON.parse(line) as CliResult), generatorCpu: run.cpu };
}
