import path from 'node:path';
import { writeFixture } from '../controls/response-fixture.ts';
import { cleanUpRedisPrefix, signIn, startApi, type ApiInstance } from '@brisk/shared-util-lab';
import { startControl } from '../processes/start-control.ts';
import { seedPassword } from '../../seed/ensure-users.ts';
import type { SeedResult } from '../../seed/seed-data.ts';
import { seedTarget } from '../../seed/seed-target.ts';
import { captureResponse } from './capture-response.ts';
import type { HttpTarget, LabContext } from './lab-context.ts';
import { boardSeed } from './bench-seeds.ts';
import { verifyControl } from './verify-controls.ts';

/** A–E: the 500-card board on SQLite behind four API configurations and the two controls replaying its response. */
export interface BoardLab {
  boardPath: string;
  cached: HttpTarget;
  uncached: HttpTarget;
  raw: HttpTarget;
  express: HttpTarget;
  /** Absent when Redis is unreachable. */
  redisTiers?: { viaL2: HttpTarget; viaL1: HttpTarget };
  response: { status: number; bytes: number; headers: [string, string][] };
  seed: SeedResult;
}

function startRedisTiers(context: LabContext, dataDir: string) {
  const { settings, runId, logDir } = context;
  const prefix = `brisk-bench:${runId}:`;
  cleanUpRedisPrefix(settings.redisUrl, prefix);
  const runtime = { apiEntry: settings.apiEntry, logDir };
  const redis = (tier: string) => ({ url: settings.redisUrl, prefix: `${prefix}${tier}:` });
  // Separate prefixes: the two instances must not share cache entries or invalidation traffic.
  return Promise.all([
    startApi({ name: 'api-board-l2', database: { dataDir }, cache: 'on', l1MaxBytes: 0, redis: redis('l2') }, runtime),
    startApi({ name: 'api-board-l1', database: { dataDir }, cache: 'on', redis: redis('l1') }, runtime),
  ]);
}

export async function startBoardLab(context: LabContext): Promise<BoardLab> {
  const { settings, workDir, logDir } = context;
  const dataDir = path.join(workDir, 'sqlite');
  const seed = await seedTarget({ dataDir }, boardSeed);
  const boardPath = `/api/boards/${seed.boards[0]!.id}`;
  const runtime = { apiEntry: settings.apiEntry, logDir };
  const [cachedApi, uncachedApi, tiers] = await Promise.all([
    startApi({ name: 'api-board-cached', database: { dataDir }, cache: 'on' }, runtime),
    startApi({ name: 'api-board-uncached', database: { dataDir }, cache: 'off' }, runtime),
    context.redisReachable ? startRedisTiers(context, dataDir) : undefined,
  ]);
  const target = async (api: ApiInstance): Promise<HttpTarget> => ({
    origin: api.origin,
    headers: { cookie: await signIn(api.origin, seed.users[0]!.email, seedPassword), 'accept-encoding': 'br' },
  });
  const cached = await target(cachedApi);
  // The first GET fills the cache; the second is the hit the controls replay.
  await captureResponse(`${cached.origin}${boardPath}`, cached.headers);
  const fixture = await captureResponse(`${cached.origin}${boardPath}`, cached.headers);
  if (fixture.status !== 200) throw new Error(`GET ${boardPath} answered ${fixture.status}: ${fixture.body.toString().slice(0, 300)}`);
  const fixtureFile = path.join(workDir, 'board-response.json');
  writeFixture(fixtureFile, fixture);
  const [raw, express] = await Promise.all([
    startControl('raw-http-server', [fixtureFile], '/', logDir),
    startControl('express-server', [fixtureFile], '/', logDir),
  ]);
  await verifyControl('raw-http-server', raw.origin, fixture, cached.headers);
  await verifyControl('express-server', express.origin, fixture, cached.headers);
  return {
    boardPath,
    cached,
    uncached: await target(uncachedApi),
    raw: { origin: raw.origin, headers: cached.headers },
    express: { origin: express.origin, headers: cached.headers },
    redisTiers: tiers && { viaL2: await target(tiers[0]), viaL1: await target(tiers[1]) },
    response: { status: fixture.status, bytes: fixture.body.length, headers: fixture.headers },
    seed,
  };
}
