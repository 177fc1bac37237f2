import { onCleanup } from './cleanup.ts';
import { databaseUrlOn, withPgClient } from './postgres-client.ts';

/** FORCE ends the sessions still open on it: a process killed mid-run, or a previous run that crashed. */
function dropDatabase(adminUrl: string, name: string): Promise<void> {
  return withPgClient(adminUrl, async (client) => {
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
  await withPgClient(adminUrl, async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
  });
  onCleanup(`drop database ${name}`, () => dropDatabase(adminUrl, name));
  return databaseUrlOn(adminUrl, name);
}
