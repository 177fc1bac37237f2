/**
 * Fast, idempotent seed data for benchmarks and manual testing.
 * Usage: tsx --tsconfig tsconfig.base.json tools/seed/seed.ts --users N --boards N --cards N [--columns 5]
 *        [--board-name "Perf board"]
 *        [--database-url postgres://...] [--data-dir DIR] [--json]
 * --cards is per board. Without --database-url (or DATABASE_URL) it seeds the SQLite file in --data-dir (or BRISK_DATA_DIR,
 * default ./data), the same place the API reads.
 * Idempotent: existing users, boards ("Perf board N" of user1), memberships and cards are kept and only what is missing
 * is added, so a rerun with the same arguments inserts nothing. Password of every user: brisk-perf-password.
 */
import { describeTarget } from './open-seed-db.ts';
import { formatSeedResult } from './format-seed-result.ts';
import { parseSeedArgs } from './seed-options.ts';
import { seedTarget } from './seed-target.ts';

async function main(): Promise<void> {
  const options = parseSeedArgs(process.argv.slice(2));
  const result = await seedTarget(options, options);
  console.log(options.json ? JSON.stringify(result, null, 2) : formatSeedResult(result, describeTarget(options)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
