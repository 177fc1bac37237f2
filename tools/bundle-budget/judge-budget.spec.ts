import { describe, expect, it } from 'vitest';
import type { ChunkRow } from './chunk-sizes.ts';
import { describeVerdict, judgeGroup } from './judge-budget.ts';

const rows: ChunkRow[] = [
  { file: 'assets/index.js', group: 'initial', sizes: { raw: 300_000, gzip: 90_000, brotli: 80_000 } },
  { file: 'assets/runtime.js', group: 'initial', sizes: { raw: 600, gzip: 370, brotli: 330 } },
  { file: 'assets/tiny.js', group: 'initial', sizes: { raw: 70 } },
  { file: 'assets/board.js', group: 'board route', sizes: { raw: 50_000, gzip: 16_000, brotli: 14_000 } },
];
const budget = { label: 'initial JS of /', maxKb: 100 };

describe('budget verdicts', () => {
  it('when a group is judged, then its brotli bytes as sent are summed, a file without .br counting as itself', () => {
    expect(judgeGroup(rows, 'initial', budget)).toEqual({ label: 'initial JS of /', bytes: 80_400, maxBytes: 100_000, over: false });
  });

  it('when the total passes the budget by a byte, then it is over, KB being 1,000 bytes', () => {
    const verdict = judgeGroup(rows, 'initial', { ...budget, maxKb: 80.399 });
    expect(verdict.over).toBe(true);
    expect(describeVerdict(verdict)).toBe('initial JS of /: 80.4 KB (80,400 B) brotli, budget 80.4 KB (80,399 B): OVER BUDGET by 0.0 KB (1 B)');
  });

  it('when the total equals the budget, then it is within', () => {
    expect(judgeGroup(rows, 'initial', { ...budget, maxKb: 80.4 }).over).toBe(false);
  });

  it('when a group is within its budget, then the verdict reads ok with both figures', () => {
    expect(describeVerdict(judgeGroup(rows, 'board route', { label: 'board route', maxKb: 30 }))).toBe(
      'board route: 14.0 KB (14,000 B) brotli, budget 30.0 KB (30,000 B): ok',
    );
  });
});
