import pg from 'pg';
import { onCleanup } from './cleanup.ts';

async function withAdminClient(adminUrl: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** FORCE ends the sessions still open on it: a process killed mid-run, or a previous run that crashed. */
function dropDatabase(adminUrl: string, name: string): Promise<void> {
  return withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/**
 * A fresh PostgreSQL database for one run (a leftover of a crashed run is dropped first), dropped again by the run's
 * cleanup. Returns its URL.
 */
export async function createScratchDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  await dropDatabase(adminUrl, name);
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
  });
  onCleanup(`drop database ${name}`, () => dropDatabase(adminUrl, name));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
