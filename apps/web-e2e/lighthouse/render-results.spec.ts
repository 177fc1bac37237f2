import { describe, expect, it } from 'vitest';
import { spreadOf } from '@brisk/shared-util-lab';
import { metricOf } from './lighthouse-metrics.ts';
import { renderMedians, renderVerdicts } from './render-results.ts';
import type { PageSummary } from './summarize-runs.ts';

const board = { name: '500-card board', path: '/b/42' };

function summary(tbt: number[]): PageSummary {
  return {
    page: board,
    formFactor: 'mobile',
    runs: tbt.length,
    spreads: [[0.61, 0.6, 0.62], [2100, 2166.4, 2200], [3128, 3100, 3300], tbt, [0, 0, 0.0123]].map(spreadOf),
    warnings: [],
  };
}

describe('medians table', () => {
  it('when runs agree, then each cell reads median (min–max) in the metric’s unit', () => {
    expect(renderMedians([summary([1089, 1050, 1120])])).toEqual([
      '| Page | Form factor | Score | FCP ms | LCP ms | TBT ms | CLS |',
      '|---|---|---:|---:|---:|---:|---:|',
      '| 500-card board | mobile | 61 (60–62) | 2,166 (2,100–2,200) | 3,128 (3,100–3,300) | 1,089 (1,050–1,120) | 0.000 (0.000–0.012) |',
    ]);
  });

  it('when a metric spreads widely, then its cell is marked and a note says to rerun', () => {
    const lines = renderMedians([summary([300, 1089, 2500])]);
    expect(lines[2]).toContain('1,089 (300–2,500)*');
    expect(lines.at(-1)).toBe('* wide spread (interquartile range over 15% of the median): a noisy run; rerun before publishing it.');
  });
});

describe('verdicts table', () => {
  it('when a target is missed, then its row says FAIL and the count says how many', () => {
    const verdict = { page: board.name, formFactor: 'mobile' as const, operator: '<=', passed: false };
    const lines = renderVerdicts([
      { ...verdict, metric: metricOf('total-blocking-time'), expected: 200, actual: 1089.4 },
      { ...verdict, metric: metricOf('largest-contentful-paint'), expected: 2500, actual: 2400, passed: true },
    ]);
    expect(lines).toEqual([
      '| Page | Form factor | Target | Median | Verdict |',
      '|---|---|---|---:|---|',
      '| 500-card board | mobile | TBT <= 200 ms | 1,089 ms | FAIL |',
      '| 500-card board | mobile | LCP <= 2,500 ms | 2,400 ms | pass |',
      '',
      '1 of 2 targets missed.',
    ]);
  });
});
