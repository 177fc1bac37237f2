import type { AddressInfo } from 'node:net';
import { createRedisConnection, type Cache } from '@brisk/api-data-access-cache';
import { openDb, type Db } from '@brisk/api-data-access-db';
import { deleteExpiredSessions } from '@brisk/api-feature-auth';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { setUpCache } from './cache-setup.ts';
import type { Config } from './config.ts';
import { createMetrics } from './metrics.ts';
import { demoLogin, demoLoginWorks, seedDemoBoard } from './seed/demo-board.ts';

export interface RunningServer {
  url: string;
  /** The demo account exists (seeded now or on an earlier start). */
  demoSeeded: boolean;
  db: Db;
  cache: Cache;
  close(): Promise<void>;
}

const sessionSweepMs = 60 * 60 * 1000;
const version = process.env['npm_package_version'] ?? '0.1.0';

function shouldSeed(config: Config): boolean {
  return config.seedDemo === 'true' || (config.seedDemo === 'auto' && !config.db.databaseUrl);
}

/** Opens the database (migrating it), seeds the demo on first embedded run, and listens. Used by main and by tests. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const metrics = createMetrics();
  const db = await openDb(config.db, { onQuery: metrics.onQuery });
  const demo = shouldSeed(config) ? await seedDemoBoard(db) : 'skipped';
  if (demo === 'seeded') logger.info({ email: demoLogin.email }, 'seeded the demo board (500 cards)');
  const demoShown = demo !== 'skipped' && (await demoLoginWorks(db, demo));
  const redis = config.redis.url ? createRedisConnection(config.redis.url, logger) : undefined;
  const { cache, close: closeCache } = setUpCache(config, redis, metrics.cacheEvents, logger);
  const app = createApp({ config, db, cache, redis, metrics, logger, version, demo: demoShown ? demoLogin : null });
  const server = app.listen(config.port, config.host);
  // Node closes idle keep-alive sockets after 5 s (6 s with its buffer), the moment a client pausing between requests may
  // reuse one, and the request dies on a closed socket. Outlive the usual 60 s client and load-balancer idle times.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const sweep = setInterval(() => {
    deleteExpiredSessions(db).catch((error: unknown) => logger.warn({ err: error }, 'expired-session sweep failed'));
  }, sessionSweepMs).unref();
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}`,
    demoSeeded: demo !== 'skipped',
    db,
    cache,
    async close() {
      clearInterval(sweep);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      closeCache();
      redis?.disconnect();
      await db.close();
    },
  };
}
