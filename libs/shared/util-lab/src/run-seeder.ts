import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const workspaceRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const tsxCli = path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/cli.mjs');

export interface SeedRequest {
  users: number;
  boards: number;
  /** Per board. */
  cards: number;
  /** Boards are named "<boardName> 1…N" ("Perf board" when left out). */
  boardName?: string;
  target: { databaseUrl: string } | { dataDir: string };
}

/** What tools/seed/seed.ts --json prints; only the figures the tools read are checked. */
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
 * the load tools (perf-lab, the browser bench) may not import. Idempotent, so an existing deployment's data is only
 * topped up.
 */
export function runSeeder(request: SeedRequest, timeoutMs = 600_000): Promise<SeedResult> {
  const target = 'databaseUrl' in request.target ? ['--database-url', request.target.databaseUrl] : ['--data-dir', request.target.dataDir];
  const args = [
    tsxCli,
    '--tsconfig',
    path.join(workspaceRoot, 'tsconfig.base.json'),
    path.join(workspaceRoot, 'tools/seed/seed.ts'),
    ...['--users', String(request.users), '--boards', String(request.boards), '--cards', String(request.cards)],
    ...(request.boardName ? ['--board-name', request.boardName] : []),
    ...target,
    '--json',
  ];
  // The seeder falls back to these: a DATABASE_URL in the caller's shell must not redirect a SQLite seed to Postgres.
  const env = { ...process.env, DATABASE_URL: undefined, BRISK_DATA_DIR: undefined };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
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
