import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { workspacePaths } from '../workspace-paths.ts';

/** `nx run api:build`: a cache hit when nothing changed, so a run always measures the code in the working tree. */
export function buildApi(): void {
  const result = spawnSync(process.execPath, [workspacePaths.nxBin, 'run', 'api:build', '--outputStyle=static'], {
    cwd: workspacePaths.root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error('nx run api:build failed');
}

export function assertApiBuilt(): void {
  if (!existsSync(workspacePaths.apiEntry)) {
    throw new Error(`${workspacePaths.apiEntry} is missing: run \`npx nx run api:build\` (or drop --skip-build)`);
  }
}
