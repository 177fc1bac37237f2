import { databaseUrlOn, withPgClient } from '@brisk/shared-util-lab';
import type pg from 'pg';

/** The server the PostgreSQL suite creates its throw-away databases on. */
export const postgresAdminUrl = process.env['BRISK_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withPgClient(postgresAdminUrl, work);
}

export function databaseUrlFor(name: string): string {
  return databaseUrlOn(postgresAdminUrl, name);
}
