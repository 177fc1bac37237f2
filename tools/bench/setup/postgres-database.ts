import pg from 'pg';
import { onCleanup } from '../cleanup.ts';

export const benchDatabaseName = 'brisk_bench';

async function withAdminClient(adminUrl: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** FORCE ends the sessions still open on it (an API killed mid-run, or a previous run that crashed). */
function dropDatabase(adminUrl: string): Promise<void> {
  return withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${benchDatabaseName} WITH (FORCE)`);
  });
}

/** A fresh brisk_bench (any leftover of a crashed run is dropped first), dropped again by the bench's cleanup. */
export async function createBenchDatabase(adminUrl: string): Promise<string> {
  await dropDatabase(adminUrl);
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`CREATE DATABASE ${benchDatabaseName}`);
  });
  onCleanup(`drop database ${benchDatabaseName}`, () => dropDatabase(adminUrl));
  const url = new URL(adminUrl);
  url.pathname = `/${benchDatabaseName}`;
  return url.toString();
}
