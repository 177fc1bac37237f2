import { describe, expect, it } from 'vitest';
import { comparePositioned, positionBetween, positionsBetween } from './position.ts';

describe('positionBetween', () => {
  it('when both neighbours are given, then the key sorts strictly between them', () => {
    const [a, b] = positionsBetween(null, null, 2) as [string, string];

    const key = positionBetween(a, b);

    expect(a < key && key < b).toBe(true);
  });

  it('when a thousand cards go to the top one after another, then every key is distinct and in order', () => {
    const keys: string[] = [];
    let first: string | null = null;
    for (let i = 0; i < 1000; i++) {
      first = positionBetween(null, first);
      keys.unshift(first);
    }

    expect(new Set(keys).size).toBe(1000);
    expect([...keys].sort()).toEqual(keys);
  });

  it('when the neighbours are out of order, then it refuses', () => {
    expect(() => positionBetween('a1', 'a0')).toThrow();
  });
});

describe('comparePositioned', () => {
  it('when positions tie, then the id decides', () => {
    const items = [
      { id: 'b', position: 'a0' },
      { id: 'a', position: 'a0' },
      { id: 'c', position: 'Zz' },
    ];

    expect(items.sort(comparePositioned).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });

  it('when keys differ only in case, then code-unit order applies, not locale order', () => {
    const items = [
      { id: '1', position: 'a' },
      { id: '2', position: 'B' },
    ];

    expect(items.sort(comparePositioned).map((item) => item.id)).toEqual(['2', '1']);
  });
});
