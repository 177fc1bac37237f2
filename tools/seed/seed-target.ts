import { analyzePostgres } from './analyze-postgres.ts';
import { openSeedDb, type SeedTarget } from './open-seed-db.ts';
import { seedData, type SeedResult } from './seed-data.ts';
import type { SeedOptions } from './seed-options.ts';

/** Opens the database (migrating it), seeds it, closes it, and refreshes PostgreSQL's statistics if anything was added. */
export async function seedTarget(target: SeedTarget, options: SeedOptions): Promise<SeedResult> {
  const db = await openSeedDb(target);
  let result: SeedResult;
  try {
    result = await seedData(db, options);
  } finally {
    await db.close();
  }
  if (target.databaseUrl && result.cardsInserted > 0) await analyzePostgres(target.databaseUrl);
  return result;
}
