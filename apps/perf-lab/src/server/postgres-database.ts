import pg from 'pg';
import { onCleanup } from '../run/cleanup.ts';

async function withAdminClient(adminUrl: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** FORCE ends sessions still open on it: an API killed mid-run, or a run that crashed before its cleanup. */
function dropDatabase(adminUrl: string, name: string): Promise<void> {
  return withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/** A fresh database per run, so every run starts from the same seed; dropped again by the run's cleanup. */
export async function createRunDatabase(adminUrl: string, name: string): Promise<string> {
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
