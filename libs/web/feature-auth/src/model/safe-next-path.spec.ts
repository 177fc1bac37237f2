import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path.ts';

describe('safeNextPath', () => {
  it('when next is a path in the app, then it is kept with its query', () => {
    expect(safeNextPath('/b/123/c/456?x=1')).toBe('/b/123/c/456?x=1');
  });

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example', '/login?next=/x', '/register'])(
    'when next is %s, then it goes home instead',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );

  it('when there is no next, then it goes home', () => {
    expect(safeNextPath(null)).toBe('/');
  });
});
