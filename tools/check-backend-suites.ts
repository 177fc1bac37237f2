/**
 * CI guard: the API's JSON test report must show the PostgreSQL and Redis suites ran and passed, none skipped.
 * Usage: node tools/check-backend-suites.ts [tmp/test-results/api.json]
 */
import { readFileSync } from 'node:fs';

interface Assertion {
  ancestorTitles: string[];
  status: string;
}
interface Report {
  testResults: { assertionResults: Assertion[] }[];
}

const file = process.argv[2] ?? 'tmp/test-results/api.json';
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
const assertions = report.testResults.flatMap((result) => result.assertionResults);
let failed = false;
for (const backend of ['postgres', 'redis']) {
  const mine = assertions.filter((assertion) => assertion.ancestorTitles[0]?.endsWith(`[${backend}]`));
  const counts = Object.groupBy(mine, (assertion) => assertion.status);
  const passed = counts['passed']?.length ?? 0;
  const other = mine.length - passed;
  console.log(`${backend} suite: ${passed} passed, ${other} not passed (skipped, todo or failed)`);
  if (passed === 0 || other > 0) failed = true;
}
if (failed) {
  console.error('A backend suite was skipped or incomplete: CI requires real PostgreSQL and Redis runs.');
  process.exit(1);
}
