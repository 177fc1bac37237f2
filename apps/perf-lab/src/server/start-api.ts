import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { onCleanup } from '@brisk/shared-util-lab';
import { workspacePaths } from '../workspace-paths.ts';
import { findFreePort } from '@brisk/shared-util-lab';

export type ApiDatabase = { dataDir: string } | { databaseUrl: string };

export interface ApiOptions {
  database: ApiDatabase;
  redis: { url: string; prefix: string } | undefined;
  logFile: string;
}

export interface ApiInstance {
  origin: string;
  pid: number;
}

/** Only what the API needs: nothing from the caller's shell (a DATABASE_URL or REDIS_URL there) leaks into a run. */
function buildEnv(options: ApiOptions, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    BRISK_SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    // Every virtual user signs in; the production default of 30 a minute would turn the run into a rate-limit test.
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    ...('dataDir' in options.database ? { BRISK_DATA_DIR: options.database.dataDir } : { DATABASE_URL: options.database.databaseUrl }),
    ...(options.redis ? { REDIS_URL: options.redis.url, BRISK_REDIS_PREFIX: options.redis.prefix } : {}),
  };
}

async function waitUntilReady(origin: string, exited: () => number | null, logFile: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited() !== null) throw new Error(`the API exited before it was ready:\n${readFileSync(logFile, 'utf8').slice(-2_000)}`);
    const ready = await fetch(`${origin}/api/health/ready`, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await sleep(100);
  }
  throw new Error(`the API was not ready after ${timeoutMs / 1000} s (log: ${logFile})`);
}

/** The production build (dist/apps/api/main.js) on the pinned Node, stopped by the run's cleanup (SIGTERM, then KILL). */
export async function startApi(options: ApiOptions): Promise<ApiInstance> {
  const port = await findFreePort();
  const log = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, [workspacePaths.apiEntry], { env: buildEnv(options, port), stdio: ['ignore', log, log] });
  closeSync(log);
  if (child.pid === undefined) throw new Error('could not start the API');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  onCleanup('stop the API', async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilReady(origin, () => child.exitCode, options.logFile);
  return { origin, pid: child.pid };
}
