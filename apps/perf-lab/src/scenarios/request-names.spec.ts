import { describe, expect, it } from 'vitest';
import { listRequestNames } from './request-names.ts';

describe('listRequestNames', () => {
  it('when requests sit inside loops and repeat across scenarios, then each name is listed once', () => {
    const scenarios = [
      { flow: [{ post: { name: 'login', url: '/a' } }, { loop: [{ think: 3 }, { get: { name: 'get-card', url: '/c' } }] }] },
      { flow: [{ post: { name: 'login', url: '/a' } }, { function: 'pickBoard' }, { patch: { name: 'update-card', url: '/u' } }] },
    ];

    expect(listRequestNames(scenarios)).toEqual(['get-card', 'login', 'update-card']);
  });

  it('when a request has no name, then it is skipped: objectives are keyed by name', () => {
    expect(listRequestNames([{ flow: [{ get: { url: '/anonymous' } }] }])).toEqual([]);
  });
});
