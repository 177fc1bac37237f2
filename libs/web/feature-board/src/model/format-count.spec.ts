import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count.ts';

describe('formatCount', () => {
  it('when a count has thousands, then they are separated by commas', () => {
    expect([0, 7, 999, 1000, 5000, 12345, 1234567].map(formatCount)).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '5,000',
      '12,345',
      '1,234,567',
    ]);
  });
});
