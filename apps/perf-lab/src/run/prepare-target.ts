import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { workspacePaths } from '../workspace-paths.ts';
import type { TargetOptions } from '../cli/parse-cli.ts';
import { describeSeedResult } from '../seed/describe-seed-result.ts';
import { assertApiBuilt, buildApi } from '../server/build-api.ts';
import {
  type ApiDatabase,
  cleanUpRedisPrefix,
  createScratchDatabase,
  onCleanup,
  runSeeder,
  type SeedResult,
  startApi,
} from '@brisk/shared-util-lab';
import type { RunRecord } from './run-record.ts';

export interface PreparedTarget {
  origin: string;
  target: RunRecord['target'];
  seedResult: SeedResult | undefined;
}

const postgresAdminUrl = process.env['BRISK_PERF_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env['BRISK_PERF_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

async function createDatabase(command: TargetOptions, runId: string): Promise<ApiDatabase> {
  if (command.db === 'postgres') {
    // One name for every run: a crashed run's leftover is dropped by the next instead of piling up.
    return { databaseUrl: await createScratchDatabase(postgresAdminUrl, 'brisk_perf') };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `brisk-perf-${runId}-`));
  onCleanup(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }));
  return { dataDir };
}

function log(message: string): void {
  process.stderr.write(`perf-lab: ${message}\n`);
}

/**
 * The system under test: a running deployment (--target) as it is, or the production build started here on a fresh,
 * freshly seeded database (and Redis with a key prefix of its own), all undone by the run's cleanup.
 */
export async function prepareTarget(command: TargetOptions, runId: string, apiLogFile: string): Promise<PreparedTarget> {
  if (command.target) {
    log(`targeting ${command.target}: no build, no API start, no seeding (its seed must have ${command.seed.users} users)`);
    return { origin: command.target, target: { origin: command.target, startedByPerfLab: false, database: 'external', redis: false }, seedResult: undefined };
  }
  if (command.skipBuild) assertApiBuilt();
  else {
    log('building the API (an Nx cache hit when nothing changed)…');
    buildApi();
  }
  const database = await createDatabase(command, runId);
  log(`seeding ${command.seed.users} users, ${command.seed.boards} boards × ${command.seed.cards} cards…`);
  const seedResult = await runSeeder({ ...command.seed, target: 'dataDir' in database ? { dataDir: database.dataDir } : { databaseUrl: database.databaseUrl } });
  log(describeSeedResult(seedResult));
  const redisPrefix = `brisk-perf-${runId}:`;
  if (command.redis) cleanUpRedisPrefix(redisUrl, redisPrefix);
  const api = await startApi(
    { name: path.basename(apiLogFile, '.log'), database, ...(command.redis ? { redis: { url: redisUrl, prefix: redisPrefix } } : {}) },
    { apiEntry: workspacePaths.apiEntry, logDir: path.dirname(apiLogFile) },
  );
  log(`API ready at ${api.origin} (${command.db}${command.redis ? ' + Redis' : ''})`);
  return {
    origin: api.origin,
    target: { origin: api.origin, startedByPerfLab: true, database: command.db, redis: command.redis },
    seedResult,
  };
}
