import { isNoisy, type MachineFacts, type Spread } from '@brisk/shared-util-lab';
import { metrics, type Metric } from './lighthouse-metrics.ts';
import type { PageSummary, Verdict } from './summarize-runs.ts';

export interface RunFacts {
  machine: MachineFacts;
  lighthouse: string;
  chromium: string;
  runs: number;
  benchmarkIndex: Spread | null;
}

/** `alignment` has a letter a column: `l` for words, `r` for figures. */
function markdownTable(header: readonly string[], rows: readonly string[][], alignment: string): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = [...alignment].map((side) => (side === 'r' ? '---:' : '---'));
  return [line(header), `|${rule.join('|')}|`, ...rows.map(line)];
}

export function renderFacts({ machine, lighthouse, chromium, runs, benchmarkIndex }: RunFacts): string[] {
  const load = `load average ${machine.loadAverage.start.toFixed(2)} at the start, ${machine.loadAverage.end?.toFixed(2) ?? '?'} at the end`;
  const index = (value: number) => Math.round(value).toLocaleString('en-US');
  const cpu = benchmarkIndex
    ? `Lighthouse's CPU benchmark index ${index(benchmarkIndex.median)} (${index(benchmarkIndex.min)}–${index(benchmarkIndex.max)}).`
    : '';
  return [
    `Lighthouse of ${machine.date} on ${machine.cores} cores (${machine.cpuModel}), Node ${machine.node}, commit ${machine.commit}; ${load}.`,
    `${lighthouse}, ${chromium}; each cell is the median (min–max) of ${runs} runs, each a first visit in a fresh profile. ${cpu}`.trimEnd(),
  ];
}

function describeSpread(metric: Metric, spread: Spread | null): string {
  if (!spread) return 'no value';
  const noisy = isNoisy(spread) ? '*' : '';
  return `${metric.format(spread.median)} (${metric.format(spread.min)}–${metric.format(spread.max)})${noisy}`;
}

export function renderMedians(summaries: readonly PageSummary[]): string[] {
  const header = ['Page', 'Form factor', ...metrics.map((metric) => `${metric.label}${metric.unit}`)];
  const rows = summaries.map((summary) => [
    summary.page.name,
    summary.formFactor,
    ...metrics.map((metric, index) => describeSpread(metric, summary.spreads[index] ?? null)),
  ]);
  const noisy = summaries.some((summary) => summary.spreads.some((spread) => isNoisy(spread)));
  const warnings = [...new Set(summaries.flatMap((summary) => summary.warnings))];
  const notes = [
    ...(noisy ? ['* wide spread (interquartile range over 15% of the median): a noisy run; rerun before publishing it.'] : []),
    ...warnings.map((warning) => `Lighthouse warned: ${warning}`),
  ];
  // A blank line ends the table before the notes.
  return [...markdownTable(header, rows, `ll${'r'.repeat(metrics.length)}`), ...(notes.length > 0 ? ['', ...notes] : [])];
}

export function renderVerdicts(verdicts: readonly Verdict[]): string[] {
  const rows = verdicts.map(({ page, formFactor, metric, operator, expected, actual, passed }) => [
    page,
    formFactor,
    `${metric.label} ${operator} ${metric.format(expected)}${metric.unit}`,
    Number.isFinite(actual) ? `${metric.format(actual)}${metric.unit}` : 'no value',
    passed ? 'pass' : 'FAIL',
  ]);
  const missed = verdicts.filter((verdict) => !verdict.passed).length;
  return [
    ...markdownTable(['Page', 'Form factor', 'Target', 'Median', 'Verdict'], rows, 'lllrl'),
    '',
    missed === 0 ? `All ${verdicts.length} targets met.` : `${missed} of ${verdicts.length} targets missed.`,
  ];
}
