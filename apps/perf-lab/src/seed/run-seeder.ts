import { spawn } from 'node:child_process';
import { z } from 'zod';
import { workspacePaths } from '../workspace-paths.ts';

export interface SeedRequest {
  users: number;
  boards: number;
  /** Per board. */
  cards: number;
  target: { databaseUrl: string } | { dataDir: string };
}

/** What tools/seed/seed.ts --json prints; only the figures perf-lab reports are checked. */
const SeedResultSchema = z.looseObject({
  users: z.array(z.looseObject({ email: z.string() })),
  boards: z.array(z.looseObject({ id: z.string(), created: z.boolean(), cardsInserted: z.number() })),
  cardsInserted: z.number(),
  cardSeconds: z.number(),
  cardsPerSecond: z.number(),
  totalSeconds: z.number(),
});
export type SeedResult = z.infer<typeof SeedResultSchema>;

/**
 * Runs the repository's seeder in its own process: it opens the database through the API's data-access library, which
 * perf-lab (scope:perf) may not import. Idempotent, so an existing deployment's data is only topped up.
 */
export function runSeeder(request: SeedRequest, timeoutMs = 600_000): Promise<SeedResult> {
  const target = 'databaseUrl' in request.target ? ['--database-url', request.target.databaseUrl] : ['--data-dir', request.target.dataDir];
  const args = [
    workspacePaths.tsxCli,
    '--tsconfig',
    workspacePaths.tsconfig,
    workspacePaths.seedScript,
    ...['--users', String(request.users), '--boards', String(request.boards), '--cards', String(request.cards)],
    ...target,
    '--json',
  ];
  // The seeder falls back to these: a DATABASE_URL in the caller's shell must not redirect a SQLite seed to Postgres.
  const env = { ...process.env, DATABASE_URL: undefined, BRISK_DATA_DIR: undefined };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: workspacePaths.root, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the seeder failed (exit ${code}):\n${stderr.slice(-2_000)}`));
      try {
        resolve(SeedResultSchema.parse(JSON.parse(stdout.slice(stdout.indexOf('{')))));
      } catch (error) {
        reject(new Error(`the seeder printed no readable JSON: ${error instanceof Error ? error.message : String(error)}`));
      }
    });
  });
}

export function describeSeedResult(result: SeedResult): string {
  const rate = result.cardsInserted === 0 ? 'nothing to add' : `${Math.round(result.cardsPerSecond).toLocaleString('en-US')} cards/s`;
  const created = result.boards.filter((board) => board.created).length;
  return (
    `seeded ${result.users.length} users, ${result.boards.length} boards (${created} new), ` +
    `+${result.cardsInserted.toLocaleString('en-US')} cards in ${result.totalSeconds.toFixed(2)} s (${rate})`
  );
}
