/**
 * Reads the output of `npm test` and prints one closing line over every runner in it: "N passed, N failed, N skipped".
 * Usage: node tools/summarize-test-log.ts <log file>
 */
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const text = stripVTControlCharacters(readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (key: keyof typeof totals, value: string | undefined) => {
  totals[key] += Number(value ?? 0);
};
// Vitest: "Tests  12 failed | 279 passed | 3 skipped (294)"
for (const [, summary] of text.matchAll(/^\s*Tests\s+(.+\(\d+\))\s*$/gm)) {
  add('passed', /(\d+) passed/.exec(summary!)?.[1]);
  add('failed', /(\d+) failed/.exec(summary!)?.[1]);
  add('skipped', /(\d+) skipped/.exec(summary!)?.[1]);
}
// Playwright: "  1 passed (9.3s)", "  2 failed", "  1 skipped"
for (const [, count, status] of text.matchAll(/^\s{2}(\d+) (passed|failed|skipped|flaky)\b/gm)) {
  add(status === 'flaky' ? 'failed' : (status as keyof typeof totals), count);
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
