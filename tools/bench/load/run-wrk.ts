import { spawnSync } from 'node:child_process';
import type { LoadSample } from './load-sample.ts';
import type { LoadShape, MeasuredRun } from './measured-run.ts';
import { runGenerator } from './run-generator.ts';

/**
 * wrk (C, epoll) for A–D: one constant GET at 4–10k req/s, where autocannon itself needed more than 80% of a core.
 * One thread (`-t1`), so it can never use more than one of the machine's cores, and its CPU is read from /proc like
 * any other generator's.
 */
const wrkCommand = 'wrk';

/** Fails fast, before anything is seeded or started, when wrk is not installed: no silent fallback to another tool. */
export function readWrkVersion(): string {
  const probe = spawnSync(wrkCommand, ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(`wrk is required for scenarios A–D and was not found (${probe.error.message}): install it: apt-get install wrk`);
  }
  // `wrk --version` prints its banner and usage, and exits 1.
  const banner = `${probe.stdout}${probe.stderr}`.split('\n').find((line) => line.startsWith('wrk '));
  if (!banner) throw new Error(`\`wrk --version\` printed no version banner: install it: apt-get install wrk`);
  return banner.replace(/\s+Copyright.*$/, '').trim();
}

const timeUnitsMs: Record<string, number> = { us: 0.001, ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

function parseTimeMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new Error(`unreadable wrk time "${text}"`);
  return Number(match[1]) * timeUnitsMs[match[2]!]!;
}

function required(output: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(output);
  if (!match) throw new Error(`wrk output has no ${what}:\n${output}`);
  return match;
}

/** wrk's text report (4.1): the `--latency` distribution, totals, and the error lines it prints only when non-zero. */
export function parseWrkOutput(output: string): LoadSample {
  const distribution = (percent: number) =>
    parseTimeMs(required(output, new RegExp(`^\\s+${percent}%\\s+(\\S+)\\s*$`, 'm'), `${percent}% latency line`)[1]!);
  const totals = required(output, /^\s*(\d+) requests in (\S+),/m, 'request total');
  const requestsPerSecond = Number(required(output, /^Requests\/sec:\s+([\d.]+)/m, 'Requests/sec line')[1]);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1, 5).reduce((sum, count) => sum + Number(count), 0) : 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  return {
    requests: Number(totals[1]),
    durationSeconds: parseTimeMs(totals[2]!) / 1000,
    requestsPerSecond,
    latencyMs: {
      p50: distribution(50),
      p75: distribution(75),
      p90: distribution(90),
      p95: null,
      p99: distribution(99),
      resolutionMs: 0.01,
    },
    errors: socketErrors,
    non2xx,
    statusCodes: {},
  };
}

/** One GET, the same every time: `wrk -t1 -c<connections> -d<seconds>s --latency`, headers through -H. */
export async function runWrk(url: string, headers: Record<string, string>, shape: LoadShape): Promise<MeasuredRun> {
  if (shape.pipelining !== 1) throw new Error('wrk runs without pipelining here (a pipelining Lua script would change what is measured)');
  if (shape.rate !== undefined) throw new Error('wrk is closed-loop only');
  const args = [
    '-t1',
    `-c${shape.connections}`,
    `-d${shape.durationSeconds}s`,
    '--timeout', '10s',
    '--latency',
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    url,
  ];
  const run = await runGenerator(wrkCommand, args, (shape.durationSeconds + 30) * 1000);
  return { ...parseWrkOutput(run.stdout), generatorCpu: run.cpu };
}
