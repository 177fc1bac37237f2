import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RoundOutcome } from '../rounds/run-rounds.ts';
import type { Report } from './render-markdown.ts';

export interface FullResults extends Report {
  startedAt: string;
  finishedAt: string;
  dataset: Record<string, unknown>;
  runs: Record<string, RoundOutcome[]>;
}

export function writeResults(runDir: string, results: FullResults): string {
  mkdirSync(runDir, { recursive: true });
  const file = path.join(runDir, 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
