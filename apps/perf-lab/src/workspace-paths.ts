import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Everything perf-lab reads or runs outside its own folder, resolved once from the workspace root. */
export const workspacePaths = {
  root: workspaceRoot,
  artilleryDir: path.join(workspaceRoot, 'artillery'),
  resultsDir: path.join(workspaceRoot, 'perf-results'),
  apiEntry: path.join(workspaceRoot, 'dist/apps/api/main.js'),
  artilleryBin: path.join(packageDir('artillery'), 'bin/run'),
  nxBin: path.join(packageDir('nx'), 'dist/bin/nx.js'),
  uplotDir: path.join(packageDir('uplot'), 'dist'),
};
