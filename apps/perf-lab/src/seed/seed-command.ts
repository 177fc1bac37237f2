import type { SeedCommand } from '../cli/parse-cli.ts';
import { runSeeder } from '@brisk/shared-util-lab';
import { describeSeedResult } from './describe-seed-result.ts';

// The bar for seeding: large boards must be quick to build, or nobody measures with them.
const minCardsPerSecond = 10_000;

/**
 * `perf-lab seed`: the database of a deployment (--database-url) or an embedded data directory, topped up to the given
 * size. Prints what was added and the insert rate, and warns when inserting was slower than the bar.
 */
export async function seedCommand(command: SeedCommand): Promise<number> {
  const target = command.databaseUrl
    ? { databaseUrl: command.databaseUrl }
    : { dataDir: command.dataDir ?? process.env['BRISK_DATA_DIR'] ?? './data' };
  const result = await runSeeder({ ...command.seed, target });
  process.stdout.write(`${describeSeedResult(result)}\n`);
  // Small top-ups are dominated by fixed costs (a transaction, a statement per column), so only judge real volumes.
  if (result.cardsInserted >= 10_000 && result.cardsPerSecond < minCardsPerSecond) {
    process.stderr.write(`perf-lab: seeding ran at ${Math.round(result.cardsPerSecond)} cards/s, under the ${minCardsPerSecond} cards/s bar\n`);
  }
  return 0;
}
