import path from 'node:path';
import { openDb, type Db } from '@brisk/api-data-access-db';

export interface SeedTarget {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** Bulk inserts of 1,000 rows can outlast the API's 5 s statement timeout on a busy machine. */
export function openSeedDb(target: SeedTarget): Promise<Db> {
  return openDb({ databaseUrl: target.databaseUrl, dataDir: path.resolve(target.dataDir), poolSize: 2, statementTimeoutMs: 120_000 });
}

export function describeTarget(target: SeedTarget): string {
  if (!target.databaseUrl) return `SQLite in ${path.resolve(target.dataDir)}`;
  const url = new URL(target.databaseUrl);
  return `PostgreSQL ${url.host}${url.pathname}`;
}
