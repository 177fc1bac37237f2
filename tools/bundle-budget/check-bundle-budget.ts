/**
 * The SPA's byte budgets (budgets.ts) against a build: Vite's manifest says which chunks the browser fetches before the
 * app starts and which the board route adds; the build's .br files say what they weigh as sent. Prints every chunk and
 * both totals, and exits 1 when a budget is exceeded. The web build runs it after precompression, so CI fails on it.
 * Usage: node tools/bundle-budget/check-bundle-budget.ts <outDir> <viteRoot>, e.g. dist/apps/web apps/web
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { budgets, entryKey } from './budgets.ts';
import { keyOfSource, type BundleManifest } from './bundle-manifest.ts';
import { readChunkSizes, type ChunkRow } from './chunk-sizes.ts';
import { groupChunks } from './group-chunks.ts';
import { describeVerdict, judgeGroup } from './judge-budget.ts';
import { renderBudgetTable } from './render-budget-table.ts';

const [outDir, viteRoot] = process.argv.slice(2);
if (!outDir || !viteRoot) throw new Error('usage: check-bundle-budget.ts <outDir> <viteRoot>');

const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as BundleManifest;
// The manifest names sources relative to Vite's root.
const boardKeys = budgets.boardRoute.pages.map((page) => keyOfSource(manifest, path.relative(viteRoot, page)));
const rows: ChunkRow[] = [...groupChunks(manifest, entryKey, boardKeys)].map(([file, group]) => ({
  file,
  group,
  sizes: readChunkSizes(outDir, file),
}));
const verdicts = [judgeGroup(rows, 'initial', budgets.initial), judgeGroup(rows, 'board route', budgets.boardRoute)];

console.log([...renderBudgetTable(rows), '', ...verdicts.map(describeVerdict)].join('\n'));
if (verdicts.some((verdict) => verdict.over)) {
  console.error('bundle budget exceeded: make the code smaller, or change the budget in tools/bundle-budget/budgets.ts on purpose');
  process.exitCode = 1;
}
