import { formatMs } from '../report/format-figures.ts';
import type { ChangeEstimate } from './bootstrap.ts';
import type { EndpointComparison, EndpointVerdict } from './compare-runs.ts';

const verdictText: Record<EndpointVerdict, string> = {
  regression: 'REGRESSION',
  slower: 'slower, under the threshold',
  same: 'no change beyond noise',
  faster: 'faster',
  'too-few': 'too few requests to judge',
};

function signed(percent: number): string {
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(0)}%`;
}

function describeEstimate(estimate: ChangeEstimate | undefined): string {
  if (!estimate) return '–';
  const { baselineMs, candidateMs, changePercent, lowPercent, highPercent } = estimate;
  return `${formatMs(baselineMs)} → ${formatMs(candidateMs)} ${signed(changePercent)} [${signed(lowPercent)}, ${signed(highPercent)}]`;
}

/** One line per request: median and p95 before → after, the change and its confidence interval, the verdict. */
export function describeComparison(rows: readonly EndpointComparison[], confidencePercent: number): string[] {
  const table = [
    ['request', 'requests', `p50 base → new, change [${confidencePercent}% CI]`, `p95 base → new, change [${confidencePercent}% CI]`, 'verdict'],
    ...rows.map((row) => [
      row.request,
      `${row.baselineRequests}/${row.candidateRequests}`,
      describeEstimate(row.p50),
      describeEstimate(row.p95),
      verdictText[row.verdict],
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  return table.map((cells) => `  ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`.trimEnd());
}
