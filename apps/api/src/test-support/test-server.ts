import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config.ts';
import { startServer, type RunningServer } from '../server.ts';
import { testDbKind } from './describe-api.ts';
import { databaseUrlFor, withAdminClient } from './postgres-admin.ts';

export interface TestServer extends RunningServer {
  stop(): Promise<void>;
}

/** The real app on port 0, on a database of its own: a temp SQLite directory or a new PostgreSQL database. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'brisk-test-'));
  const databaseName = `brisk_test_${randomBytes(6).toString('hex')}`;
  if (testDbKind === 'postgres') await withAdminClient((client) => client.query(`CREATE DATABASE ${databaseName}`));
  const config = loadConfig(
    {
      PORT: '0',
      BRISK_DATA_DIR: dataDir,
      BRISK_SEED_DEMO: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      ...(testDbKind === 'postgres' ? { DATABASE_URL: databaseUrlFor(databaseName) } : {}),
      ...env,
    },
    path.join(dataDir, 'no-web'),
  );
  const server = await startServer(config, pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }));
  return {
    ...server,
    async stop() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
      if (testDbKind === 'postgres') {
        await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
      }
    },
  };
}
