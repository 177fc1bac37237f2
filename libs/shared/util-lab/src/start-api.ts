import { findFreePort } from './free-port.ts';
import { spawnService, type Service } from './spawn-service.ts';
import { waitUntilReady } from './wait-until-ready.ts';

export type ApiDatabase = { dataDir: string } | { databaseUrl: string };

export interface ApiOptions {
  /** Names the process and its log file, `<logDir>/<name>.log`. */
  name: string;
  database: ApiDatabase;
  cache?: 'on' | 'off';
  /** Unset keeps the app's default; 0 turns the in-process tier off. */
  l1MaxBytes?: number;
  redis?: { url: string; prefix: string };
  /** Seeds the demo account and its 500-card board (BRISK_SEED_DEMO=true); off by default. */
  seedDemo?: boolean;
}

export interface ApiInstance {
  origin: string;
  service: Service;
}

export interface ApiRuntime {
  apiEntry: string;
  logDir: string;
}

/** Only what the API needs: nothing from the caller's shell (a DATABASE_URL or REDIS_URL there) leaks into a run. */
function buildEnv(options: ApiOptions, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    BRISK_SEED_DEMO: options.seedDemo ? 'true' : 'false',
    LOG_LEVEL: 'warn',
    // Load tests sign users in by the hundred; the production default of 30 a minute would make them rate-limit tests.
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    ...(options.cache === undefined ? {} : { BRISK_CACHE: options.cache }),
    ...('dataDir' in options.database
      ? { BRISK_DATA_DIR: options.database.dataDir }
      : { DATABASE_URL: options.database.databaseUrl }),
    ...(options.l1MaxBytes === undefined ? {} : { CACHE_L1_MAX_BYTES: String(options.l1MaxBytes) }),
    ...(options.redis ? { REDIS_URL: options.redis.url, BRISK_REDIS_PREFIX: options.redis.prefix } : {}),
  };
}

/** The built API (dist/apps/api/main.js) in its own process, ready when /api/health/ready answers 200. */
export async function startApi(options: ApiOptions, runtime: ApiRuntime): Promise<ApiInstance> {
  const port = await findFreePort();
  const service = spawnService(options.name, [runtime.apiEntry], buildEnv(options, port), runtime.logDir);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilReady(service, `${origin}/api/health/ready`);
  return { origin, service };
}
