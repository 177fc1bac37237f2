import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface BenchSettings {
  mode: 'quick' | 'full';
  /** Measured rounds, after one warm-up round that is not recorded. */
  rounds: number;
  roundSeconds: number;
  warmupSeconds: number;
  /** A–D and F (closed and open loop); E runs at one connection, G at `writeConnections`. */
  readConnections: number;
  writeConnections: number;
  pipelining: number;
  /**
   * Open-loop scenarios offer this share of the throughput their closed-loop source reached in the same round: low
   * enough that latency is service time plus ordinary queueing, not saturation.
   */
  openLoopFraction: number;
  /** The whole run stops (and cleans up) past this, whatever is left. */
  deadlineMs: number;
  postgresAdminUrl: string;
  redisUrl: string;
  repoRoot: string;
  apiEntry: string;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Usage: tsx tools/bench/run-bench.ts [--quick]. PostgreSQL and Redis: BRISK_BENCH_POSTGRES_URL, BRISK_BENCH_REDIS_URL. */
export function readBenchSettings(args: string[], env: NodeJS.ProcessEnv): BenchSettings {
  const { values } = parseArgs({ args, strict: true, options: { quick: { type: 'boolean', default: false } } });
  const timing = values.quick
    ? { mode: 'quick' as const, rounds: 3, roundSeconds: 2, warmupSeconds: 1, deadlineMs: 6 * 60_000 }
    : { mode: 'full' as const, rounds: 5, roundSeconds: 5, warmupSeconds: 3, deadlineMs: 14 * 60_000 };
  return {
    ...timing,
    readConnections: 10,
    writeConnections: 100,
    pipelining: 1,
    openLoopFraction: 0.5,
    postgresAdminUrl: env['BRISK_BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: env['BRISK_BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    repoRoot,
    apiEntry: path.join(repoRoot, 'dist/apps/api/main.js'),
  };
}
