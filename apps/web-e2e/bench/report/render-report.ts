import type { MachineFacts } from '@brisk/shared-util-lab';
import { formatSpread } from './format-figure.ts';
import type { Verdict } from './judge-targets.ts';
import { pageNames } from './page-names.ts';
import type { BenchSummary, MetricRow } from './summarize-bench.ts';

export interface BenchReport {
  command: string;
  machine: MachineFacts & { chromium: string };
  /** Measured runs asked for per page, after one warm-up run each. */
  runs: number;
  viewport: { width: number; height: number };
  summary: BenchSummary;
  verdicts: Verdict[];
}

function describeMachine({ machine }: BenchReport): string {
  const { start, end } = machine.loadAverage;
  return (
    `Machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ` +
    `Chromium ${machine.chromium}; 1-min load average ${start.toFixed(2)} at start, ${end?.toFixed(2) ?? '?'} at end`
  );
}

function describeRuns({ runs, viewport, summary }: BenchReport): string {
  const pages = ['small', 'large', 'control'] as const;
  const counts = pages.map((page) => `${pageNames[page]} ${summary.measured[page]}/${runs}`);
  return (
    `Median (min–max) of the measured runs (${counts.join(', ')}), each in a fresh browser context (empty cache) at ` +
    `${viewport.width}×${viewport.height}, after one warm-up run each; pages interleaved round by round.`
  );
}

function verdictCell(verdict: Verdict): string {
  return `**${verdict.verdict}**${verdict.noisy && verdict.verdict !== 'no data' ? ' (noisy: rerun)' : ''}`;
}

function metricLine(row: MetricRow): string {
  const cells = [row.small, row.large, row.control].map((spread) => formatSpread(spread, row.unit));
  return `| ${row.label} | ${cells.join(' | ')} |`;
}

function failureLines({ failures }: BenchSummary): string[] {
  if (failures.length === 0) return [];
  const lines = failures.map(({ page, round, error }) => `- ${pageNames[page]}, round ${round}: ${error.split('\n')[0]}`);
  return ['', 'Runs that could not measure (left out of the medians):', ...lines];
}

export function renderReport(report: BenchReport): string {
  const { summary } = report;
  return [
    '## Brisk browser benchmark',
    '',
    `\`${report.command}\` on ${report.machine.date}, commit ${report.machine.commit}`,
    describeMachine(report),
    describeRuns(report),
    'Slowest event: the longest Event Timing entry of the interaction ("< 16": none reached its 16 ms floor).',
    '',
    '| Metric | 500 cards | 5,000 cards | Control: 5,000 cards as a static list |',
    '|---|---:|---:|---:|',
    ...summary.metrics.map(metricLine),
    '',
    '| Ratio, round by round | Median (min–max) |',
    '|---|---:|',
    ...summary.ratios.map((row) => `| ${row.label} | ${formatSpread(row.value, 'ratio')} |`),
    '',
    '| Target (5,000-card board, medians) | Figure | Verdict |',
    '|---|---:|---|',
    ...report.verdicts.map((verdict) => `| ${verdict.target} | ${verdict.figure} | ${verdictCell(verdict)} |`),
    ...failureLines(summary),
    '',
  ].join('\n');
}
