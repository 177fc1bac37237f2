import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.ts';

describe('createRateLimiter without Redis', () => {
  it('when a key spends its points, then the next call is refused with a retry time, and other keys are unaffected', async () => {
    const limiter = createRateLimiter({ keyPrefix: 'unit', points: 2, durationSeconds: 60 });

    const verdicts = [await limiter.consume('a'), await limiter.consume('a'), await limiter.consume('a')];
    const other = await limiter.consume('b');

    expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, false]);
    expect(verdicts[2]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(verdicts[2]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(other.allowed).toBe(true);
  });
});
