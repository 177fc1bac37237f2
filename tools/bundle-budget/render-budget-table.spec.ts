import { describe, expect, it } from 'vitest';
import { renderBudgetTable } from './render-budget-table.ts';

describe('budget table', () => {
  it('when rows come in any order, then initial comes first, heaviest first, and a file sent as it is is marked', () => {
    const lines = renderBudgetTable([
      { file: 'assets/search.js', group: 'other lazy', sizes: { raw: 2_000, gzip: 990, brotli: 900 } },
      { file: 'assets/runtime.js', group: 'initial', sizes: { raw: 600, gzip: 370, brotli: 330 } },
      { file: 'assets/react.js', group: 'initial', sizes: { raw: 218_754, gzip: 67_392, brotli: 58_028 } },
      { file: 'assets/tiny.js', group: 'board route', sizes: { raw: 69, brotli: 66 } },
    ]);
    expect(lines).toEqual([
      'JS chunks of the SPA, bytes as sent (KB = 1,000 bytes):',
      'file               group            raw     gzip   brotli',
      'assets/react.js    initial      218,754   67,392   58,028',
      'assets/runtime.js  initial          600      370      330',
      'assets/tiny.js     board route       69       69*      66',
      'assets/search.js   other lazy     2,000      990      900',
      '* sent uncompressed on purpose: that encoding did not make the file smaller',
    ]);
  });
});
