import { describe, expect, it } from 'vitest';
import { parseLatencyLine } from './latency-sample.ts';

describe('parseLatencyLine', () => {
  it('when a move answers 409, then it is a conflict with its latency', () => {
    expect(parseLatencyLine('1795285138126,move-card,409,12.5')).toEqual({
      at: 1795285138126,
      request: 'move-card',
      outcome: 'conflict',
      ms: 12.5,
    });
  });

  it('when the processor timed the whole response, then that finer figure is kept beside the time to first byte', () => {
    expect(parseLatencyLine('1795285138126,get-card,200,3,3.482')).toEqual({ at: 1795285138126, request: 'get-card', outcome: 'ok', ms: 3, responseMs: 3.482 });
    expect(parseLatencyLine('1795285138126,get-card,200,3,3.4x')).toBeUndefined();
  });

  it('when a request got no response, then it failed and has no latency', () => {
    expect(parseLatencyLine('1795285138126,get-board,ECONNRESET,')).toMatchObject({ outcome: 'failed', ms: undefined });
  });

  it('when a response is a 4xx other than 409 or a 5xx, then it failed', () => {
    expect(parseLatencyLine('1,get-card,404,3')!.outcome).toBe('failed');
    expect(parseLatencyLine('1,get-card,503,3')!.outcome).toBe('failed');
    expect(parseLatencyLine('1,get-card,201,3')!.outcome).toBe('ok');
  });

  it('when the line is torn, then it is skipped rather than misread', () => {
    expect(parseLatencyLine('1795285138126,get-bo')).toBeUndefined();
  });
});
