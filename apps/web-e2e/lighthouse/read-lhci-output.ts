import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AssertionResult, LighthouseResult } from './lighthouse-result.ts';

const reportsDir = (dir: string) => path.join(dir, '.lighthouseci');
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Every run `lhci collect` saved in `dir`. */
export function readLighthouseResults(dir: string): LighthouseResult[] {
  return readdirSync(reportsDir(dir))
    .filter((name) => /^lhr-\d+\.json$/.test(name))
    .map((name) => readJson<LighthouseResult>(path.join(reportsDir(dir), name)));
}

/** What `lhci assert` judged in `dir`, passed assertions included. */
export function readAssertionResults(dir: string): AssertionResult[] {
  return readJson<AssertionResult[]>(path.join(reportsDir(dir), 'assertion-results.json'));
}
