import { isNoisy, type Spread } from '@brisk/shared-util-lab';
import { formatSpread } from './format-figure.ts';
import type { BenchSummary, Unit } from './summarize-bench.ts';

export interface Verdict {
  target: string;
  /** The figure judged: the median over the measured runs, with its spread. */
  figure: string;
  verdict: 'pass' | 'miss' | 'no data';
  noisy: boolean;
}

interface Target {
  label: string;
  unit: Unit;
  limit: number;
  pick: (summary: BenchSummary) => Spread | null;
}

const onLarge = (id: string) => (summary: BenchSummary) => summary.metrics.find((metric) => metric.id === id)?.large ?? null;
const ratio = (id: string) => (summary: BenchSummary) => summary.ratios.find((row) => row.id === id)?.value ?? null;

/** The targets, on the 5,000-card board. Judged on medians: one run on a shared machine can be an outlier. */
const targets: Target[] = [
  { label: 'Keyboard pick-up: slowest event ≤ 100 ms', unit: 'event', limit: 100, pick: onLarge('keyboardEvent') },
  { label: 'Drag start: slowest event ≤ 100 ms', unit: 'event', limit: 100, pick: onLarge('dragStartEvent') },
  { label: 'Drop: slowest event ≤ 100 ms', unit: 'event', limit: 100, pick: onLarge('dropEvent') },
  { label: 'Dialog open: slowest event ≤ 100 ms', unit: 'event', limit: 100, pick: onLarge('dialogEvent') },
  { label: 'No long task (> 50 ms) while dragging', unit: 'count', limit: 0, pick: onLarge('dragLongTasks') },
  { label: 'No long task (> 50 ms) while scrolling', unit: 'count', limit: 0, pick: onLarge('scrollLongTasks') },
  { label: 'JS heap after GC ≤ 30 MB', unit: 'MB', limit: 30, pick: onLarge('heap') },
  { label: 'Interactive ≤ 1.5× the 500-card board', unit: 'ratio', limit: 1.5, pick: ratio('interactiveLargeVsSmall') },
];

export function judgeTargets(summary: BenchSummary): Verdict[] {
  return targets.map(({ label, unit, limit, pick }) => {
    const spread = pick(summary);
    return {
      target: label,
      figure: formatSpread(spread, unit),
      verdict: spread === null ? 'no data' : spread.median <= limit ? 'pass' : 'miss',
      // Against a limit of 0 (a count of long tasks), a spread of one task is already worth a second look.
      noisy: limit === 0 ? isNoisy(spread, 1) : isNoisy(spread),
    };
  });
}
