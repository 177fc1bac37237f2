import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config.ts';
import { startServer, type RunningServer } from '../server.ts';
import { testDbKind } from './describe-api.ts';
import { databaseUrlFor, withAdminClient } from './postgres-admin.ts';

export interface TestDatabase {
  /** Environment that points a server at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A database of its own: a temp SQLite directory, or a new PostgreSQL database on the test server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'brisk-test-'));
  if (testDbKind === 'sqlite') {
    return { env: { BRISK_DATA_DIR: dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `brisk_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    env: { BRISK_DATA_DIR: dataDir, DATABASE_URL: databaseUrlFor(name) },
    async drop() {
      await rm(dataDir, { recursive: true, force: true });
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export interface TestServer extends RunningServer {
  stop(): Promise<void>;
}

/** The real app on port 0. Give it `database` to share one with other servers; else it gets (and drops) its own. */
export async function startTestServer(env: Record<string, string> = {}, database?: TestDatabase): Promise<TestServer> {
  const own = database ? undefined : await createTestDatabase();
  const config = loadConfig(
    {
      PORT: '0',
      BRISK_SEED_DEMO: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      ...(database ?? own)!.env,
      ...env,
    },
    path.join(tmpdir(), 'brisk-no-web'),
  );
  const server = await startServer(config, pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }));
  return {
    ...server,
    async stop() {
      await server.close();
      await own?.drop();
    },
  };
}
