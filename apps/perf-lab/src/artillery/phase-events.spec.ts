import { describe, expect, it } from 'vitest';
import { parsePhaseEvent } from './phase-events.ts';

describe('parsePhaseEvent', () => {
  it('when Artillery starts a phase whose name has spaces, then name and index are read', () => {
    expect(parsePhaseEvent('Phase started: 50 users (index: 0, duration: 60s) 18:16:33(+0000)', 42)).toEqual({
      kind: 'started',
      name: '50 users',
      index: 0,
      at: 42,
    });
  });

  it('when a line is anything else, then it is not a phase event', () => {
    expect(parsePhaseEvent('http.codes.200: ........ 13', 1)).toBeUndefined();
  });
});
